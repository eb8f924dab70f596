package org.conflictkg.eval;

/** The scored categories, named as in the reference scorer's output. */
public enum Category {
    ENTITIES("entities"),
    POLICIES("policies"),
    ROLES("roles"),
    POSITIONS("positions"),
    POSITIONS_RELAXED("positions_relaxed"),
    QUOTES("quotes"),
    QUOTES_STRICT("quotes_strict"),
    QUANTITIES("quantities");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    /** The name in JSON output and tables. */
    public String key() {
        return key;
    }
}
