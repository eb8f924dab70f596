/**
 * Stated positions: who supports, opposes or is neutral on which decision or actor, from the
 * stance cues of {@code stance-cues.tsv} (verbs, nouns with light verbs or agents, echoes, "too
 * late"), their negation, the clause subject as holder, and the decision stated or referred to in
 * the sentence as target.
 */
package org.conflictkg.extract.position;
