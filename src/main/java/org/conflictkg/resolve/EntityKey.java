package org.conflictkg.resolve;

/**
 * The stable identity of an entity across articles, runs and machines: a lexicon id
 * ("vladimir-putin") or, for entities the lexicon does not know, the type and a normalised name
 * ("person/jon-finer"). The RDF writer mints the entity IRI from it.
 */
public record EntityKey(String value) implements Comparable<EntityKey> {

    /** Compiled once: keys are made for every mention and finding. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9/-]*");

    public EntityKey {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("entity key must be lower-case letters, digits, '-' and '/': " + value);
        }
    }

    @Override
    public int compareTo(EntityKey o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
