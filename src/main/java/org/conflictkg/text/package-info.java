/**
 * The document model: an article's text kept exactly as stored, code-point spans
 * ({@link org.conflictkg.text.CharSpan}) kept apart from token ranges, sentences and tokens, and
 * the reader that turns a file into a {@link org.conflictkg.text.Document}. First stage of the
 * data flow: text, extract, resolve, rdf, store, server.
 */
package org.conflictkg.text;
