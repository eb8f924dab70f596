package org.conflictkg.resolve;

import java.util.List;
import java.util.Optional;
import org.conflictkg.lexicon.EntityType;

/**
 * A resolved entity as an article knows it: stable key, type, preferred label, verified Wikidata
 * QID if known, and the other names it goes by in this article.
 */
public record Entity(EntityKey key, EntityType type, String label, Optional<String> wikidata,
                     List<String> aliases) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
