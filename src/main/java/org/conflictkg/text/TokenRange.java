package org.conflictkg.text;

/**
 * A half-open range {@code [first, end)} of token indices within one {@link Sentence}. Kept apart
 * from {@link CharSpan} on purpose: mixing token and character offsets is a classic NLP bug.
 */
public record TokenRange(int first, int end) {

    public TokenRange {
        if (first < 0 || end < first) {
            throw new IllegalArgumentException("invalid token range [" + first + "," + end + ")");
        }
    }

    public int size() {
        return end - first;
    }

    @Override
    public String toString() {
        return "tokens[" + first + "," + end + ")";
    }
}
