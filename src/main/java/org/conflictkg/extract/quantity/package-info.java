/**
 * Quantities with units: distances, money, troop counts, durations, percentages.
 */
package org.conflictkg.extract.quantity;
