package org.conflictkg.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * One known entity: a stable id (used in its IRI), a type, a preferred label, a verified Wikidata
 * QID when there is one, alternative names, and demonyms (adjectives that mention it, "Russian").
 */
public record LexiconEntry(String id, EntityType type, String label, Optional<String> wikidata,
                           List<String> aliases, List<String> demonyms) {

    public LexiconEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("lexicon id must be lower-case letters, digits and '-': " + id);
        }
        wikidata.ifPresent(q -> {
            if (!q.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("not a Wikidata QID: " + q);
            }
        });
    }
}
