/**
 * Direct quotations and their speakers: marked quotations (curly, straight, guillemets, over
 * paragraph breaks, reopened after a sentence), quotations standing alone after a line ending in a
 * colon, and partial quotations inside a sentence, attributed by the speech cues of
 * {@code data/lexicon/quote-cues.tsv}. Also home of {@link org.conflictkg.extract.quote.ArticleIndex},
 * the clause-level attribution questions (subject of a verb, agent after it, antecedent of a
 * pronoun) that the policy and position extractors ask too.
 */
package org.conflictkg.extract.quote;
