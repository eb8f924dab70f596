package org.conflictkg.extract.quantity;

import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.resolve.EntityKey;

/**
 * A quantity with its unit ("306 km", "$64 billion" as 6.4e10 USD, "10,000 troops") and the
 * entity it is about when that can be told.
 */
public record Quantity(double value, String unit, Optional<EntityKey> about, Evidence evidence) {
}
