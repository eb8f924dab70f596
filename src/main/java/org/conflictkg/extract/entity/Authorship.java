package org.conflictkg.extract.entity;

import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.lexicon.EntityType;

/**
 * A person named in the article's byline or credits ("Reporting by ...", "Edited by: ..."):
 * an author of the article, not an actor in the story. {@code contribution} is "reporting",
 * "editing" or "author".
 */
public record Authorship(String name, String contribution, Evidence evidence) {

    /** The author's name as a person mention, so the author is an entity of the article. */
    public Mention asMention() {
        return new Mention(name, EntityType.PERSON, MentionKind.NAME, Optional.empty(), evidence);
    }
}
