package org.conflictkg.extract.role;

import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.resolve.EntityKey;

/** A role or title held by a person: "Kremlin spokesperson", "Poland's foreign minister". */
public record Role(EntityKey holder, String title, Optional<EntityKey> organization, Evidence evidence) {
}
