package org.conflictkg.extract.position;

/** The stance of a stated position. */
public enum Stance {
    SUPPORTS, OPPOSES, NEUTRAL;

    /** The lower-case name used in the ontology and the export ("supports"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
