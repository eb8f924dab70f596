/**
 * Evaluation: reads a gold file ({@code gold/1}) and an extraction export ({@code extraction/1})
 * and scores one against the other by the rules of the gold format (entities, policies, roles,
 * positions, quotes, quantities), giving the same numbers as the reference scorer. Plain Java and
 * JSON, no RDF: it judges what the graph exported, not how it is stored.
 */
package org.conflictkg.eval;
