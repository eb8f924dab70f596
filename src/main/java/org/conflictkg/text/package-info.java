/**
 * The document model: an article's stored text (strictly decoded, line endings normalised to LF,
 * nothing else changed; see {@link org.conflictkg.text.ArticleReader} and {@code docs/INPUT.md}),
 * code-point spans ({@link org.conflictkg.text.CharSpan}) kept apart from token ranges, sentences
 * and tokens, the optional metadata sidecar, and the reader that turns a file into a
 * {@link org.conflictkg.text.Document} or rejects it with a message that says what to do. First
 * stage of the data flow: text, extract, resolve, rdf, store, server.
 */
package org.conflictkg.text;
