package org.conflictkg.resolve;

import java.util.Optional;

/**
 * A title a person of the article holds, as coreference needs it: "the Kremlin spokesman" is the
 * person holding the title spokesperson, of the Kremlin if the article says so. The pipeline
 * makes these from the extracted roles (kept apart from the role records so that resolution does
 * not depend on the extractors that run after it).
 */
public record HeldTitle(EntityKey holder, String title, Optional<EntityKey> organization) {
}
