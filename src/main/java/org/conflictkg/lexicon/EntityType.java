package org.conflictkg.lexicon;

import java.util.Arrays;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The kinds of entity the graph knows. The first six are the gold format's types; {@link #GROUP}
 * covers anonymous or collective sources ("two U.S. officials", "Russian officials"), which can
 * hold positions but are not named actors.
 */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COUNTRY("Country"),
    PLACE("Place"),
    WEAPON_SYSTEM("WeaponSystem"),
    EVENT("Event"),
    GROUP("Group");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in data files, the ontology's class local names and the export. */
    public String label() {
        return label;
    }

    public boolean isActor() {
        return this == PERSON || this == ORGANIZATION || this == COUNTRY || this == GROUP;
    }

    public static EntityType fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new KgException(ErrorCode.DATA_FILE_INVALID,
                        "unknown entity type '" + label + "'; use one of " + Arrays.toString(values())));
    }
}
