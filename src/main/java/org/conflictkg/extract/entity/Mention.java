package org.conflictkg.extract.entity;

import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.text.CharSpan;

/**
 * A stretch of text that names an entity, before resolution: its text, the type it appears to be,
 * how it names (kind), and the lexicon entry it matched, if any.
 */
public record Mention(String text, EntityType type, MentionKind kind, Optional<String> lexiconId,
                      Evidence evidence) {

    public CharSpan span() {
        return evidence.span();
    }
}
