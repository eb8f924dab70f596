package org.conflictkg.extract.policy;

import java.util.Set;

/**
 * The stable identity of a policy or decision across articles: built from what the decision is
 * (decider, permitted actor, action, weapons, territory, period), never from one article's
 * wording, so that every article about the same decision points at one node.
 */
public record PolicyKey(String value) {

    /** Compiled once: keys are made for every mention and finding. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9/-]*");

    public PolicyKey {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("policy key must be lower-case letters, digits, '-' and '/': " + value);
        }
    }

    /**
     * Whether the decision is of one of these kinds: the key's first part ("sanctions",
     * "weapons-use", "agreement"), or for a proposal its measure ("ceasefire"). An empty set admits
     * every kind.
     */
    public boolean isOfKind(Set<String> kinds) {
        if (kinds.isEmpty()) {
            return true;
        }
        String[] parts = value.split("/");
        return kinds.contains(parts[0]) || parts[0].equals("proposal") && kinds.contains(parts[parts.length - 1]);
    }

    @Override
    public String toString() {
        return value;
    }
}
