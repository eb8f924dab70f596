/**
 * Stated positions: who supports, opposes or is neutral on which decision or actor, from the
 * stance cues of {@code stance-cues.tsv} (verbs, nouns with light verbs or agents, echoes, "too
 * late", object-bound cues), their negation, the clause subject as holder, the decision stated or
 * named in the sentence (by {@code TargetResolver}) as target, and judging quotations or reported
 * judgements ({@code QuotedVerdicts}).
 */
package org.conflictkg.extract.position;
