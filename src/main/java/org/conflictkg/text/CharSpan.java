package org.conflictkg.text;

/**
 * A half-open range {@code [begin, end)} of Unicode code points into an article's stored text.
 *
 * <p>Code points, not UTF-16 units: SPARQL's {@code SUBSTR}/{@code STRLEN} and the gold format
 * count code points, so every span that leaves the JVM is in this unit. Token positions have their
 * own type ({@link TokenRange}) so the two can never be mixed up.
 */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
