package org.conflictkg.extract.entity;

/** How a mention names its entity. */
public enum MentionKind {
    /** The full or canonical name ("Vladimir Putin"). */
    NAME,
    /** Another name or a part of the name ("Putin", "Zelenskiy"). */
    ALIAS,
    /** An adjective of nationality that mentions a state ("Russian", "North Korean"). */
    DEMONYM,
    /** A place or building standing for an institution ("Moscow's accusations", "the Kremlin"). */
    METONYM,
    /** A title or description standing for a person ("the Kremlin spokesman"). */
    DESCRIPTION,
    /** A pronoun ("he", "his"). */
    PRONOUN
}
