package org.conflictkg.extract.policy;

/** How far a decision has gone, as the text reports it. */
public enum PolicyStatus {
    PROPOSED,
    DISCUSSED,
    FINALISING,
    AUTHORISED,
    REVERSED
}
