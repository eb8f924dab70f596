package org.conflictkg.extract.policy;

/**
 * The stable identity of a policy or decision across articles: built from what the decision is
 * (decider, permitted actor, action, weapons, territory, period), never from one article's
 * wording, so that every article about the same decision points at one node.
 */
public record PolicyKey(String value) {

    public PolicyKey {
        if (!value.matches("[a-z0-9][a-z0-9/-]*")) {
            throw new IllegalArgumentException("policy key must be lower-case letters, digits, '-' and '/': " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
