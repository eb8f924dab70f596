package org.conflictkg.resolve;

import org.conflictkg.extract.entity.Mention;
import org.conflictkg.text.CharSpan;

/** A mention attached to the entity it denotes. */
public record EntityMention(EntityKey entity, Mention mention) {

    public CharSpan span() {
        return mention.span();
    }
}
