package org.conflictkg.eval;

/**
 * One scoring error, for {@code --details}: a false positive (the system found it, the gold does
 * not have it) or a false negative (the gold has it, the system missed it), with its text.
 */
public record Finding(String document, Kind kind, String what, String text) {

    public enum Kind { FP, FN }

    @Override
    public String toString() {
        return document + " " + kind + " " + what + ": " + text;
    }
}
