/**
 * Quantities with units: distances, money, troop counts, durations and percentages, read from
 * numbers (digits or words) and the units of {@code data/lexicon/units.tsv}, each with the entity
 * it is about when the sentence tells.
 */
package org.conflictkg.extract.quantity;
