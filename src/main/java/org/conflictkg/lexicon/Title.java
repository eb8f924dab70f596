package org.conflictkg.lexicon;

import java.util.Optional;

/**
 * A title or person noun from {@code titles.tsv}: its surface form (lower case), whether it names a
 * role, merely shows a person, or is an honorific, the canonical form titles are compared by, and
 * the gender it implies, if any.
 */
public record Title(String text, Kind kind, String canonical, Optional<Character> gender) {

    /** What a title tells about the name next to it. */
    public enum Kind {
        /** An office or function: the person holds a role ("foreign minister"). */
        ROLE,
        /** A noun that shows a person without being a role ("ally", "figure"). */
        PERSON,
        /** A form of address ("Mr."): a person, no role. */
        HONORIFIC
    }

    /** Number of words, so that the longest title is tried first. */
    public int words() {
        return text.split(" ").length;
    }
}
