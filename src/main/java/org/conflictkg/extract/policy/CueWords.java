package org.conflictkg.extract.policy;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a stretch of text as cue matching reads them ({@code [\p{L}\p{N}][\p{L}\p{N}'’-]*},
 * lower case, curly apostrophes straightened), kept as offsets: a {@link CueIndex} walks them
 * without building strings for words no cue starts with. As a {@link Set} it holds the distinct
 * normalised words, built on first use. Unmodifiable; made per sentence by one thread.
 */
public final class CueWords extends AbstractSet<String> {

    private final String text;
    private final int from;
    private final int to;
    /** begin and end (UTF-16) of each word, in text order. */
    private final int[] bounds;
    private final int count;
    /**
     * Where a letter or digit follows a non-word unit or the start, ascending: each word's
     * start, the parts after its inner apostrophes and hyphens ("imposed" in "re-imposed") and after astral letters.
     * Every match of a cue that opens with a letter starts at one of these.
     */
    private final int[] starts;
    private final int startCount;
    private Set<String> distinct;

    private CueWords(String text, int from, int to, int[] bounds, int count, int[] starts, int startCount) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.bounds = bounds;
        this.count = count;
        this.starts = starts;
        this.startCount = startCount;
    }

    /** Scans {@code text[from, to)} as the regex above, bounded by {@code to}, would. */
    public static CueWords of(String text, int from, int to) {
        int[] bounds = new int[16];
        int n = 0;
        int[] starts = new int[16];
        int ns = 0;
        int i = from;
        while (i < to) {
            if (!CueChars.isWordCharAt(text, i, to)) {
                i++; // like the regex, try the next UTF-16 unit
                continue;
            }
            int begin = i;
            starts = put(starts, ns++, i);
            i += Character.charCount(text.codePointAt(i));
            while (i < to) {
                int next = text.codePointAt(i);
                if (i + Character.charCount(next) > to || !CueChars.continuesWord(next)) {
                    break;
                }
                if (CueChars.isWordChar(next) && !CueChars.isWordChar(text.codePointAt(i - 1))) {
                    // the regex's look-behind sees one unit back: after an inner apostrophe or
                    // hyphen, or after the low surrogate of an astral letter
                    starts = put(starts, ns++, i);
                }
                i += Character.charCount(next);
            }
            bounds = put(bounds, 2 * n, begin);
            bounds = put(bounds, 2 * n + 1, i);
            n++;
        }
        return new CueWords(text, from, to, bounds, n, starts, ns);
    }

    private static int[] put(int[] a, int at, int value) {
        int[] out = at < a.length ? a : java.util.Arrays.copyOf(a, 2 * a.length);
        out[at] = value;
        return out;
    }

    String text() {
        return text;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    int startCount() {
        return startCount;
    }

    int start(int k) {
        return starts[k];
    }

    /** How many words, repeats included. */
    int count() {
        return count;
    }

    /** The k-th word's first UTF-16 unit, as written. */
    char firstChar(int k) {
        return text.charAt(bounds[2 * k]);
    }

    /** The k-th word's length in UTF-16 units, as written. */
    int length(int k) {
        return bounds[2 * k + 1] - bounds[2 * k];
    }

    /** Whether the k-th word is all ASCII, so that lower-casing keeps its length. */
    boolean isAscii(int k) {
        for (int i = bounds[2 * k]; i < bounds[2 * k + 1]; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The k-th word, normalised. */
    String word(int k) {
        return normalise(text.substring(bounds[2 * k], bounds[2 * k + 1]));
    }

    static String normalise(String w) {
        return w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private Set<String> distinct() {
        if (distinct == null) {
            Set<String> s = new HashSet<>();
            for (int k = 0; k < count; k++) {
                s.add(word(k));
            }
            distinct = Collections.unmodifiableSet(s);
        }
        return distinct;
    }

    @Override
    public boolean contains(Object o) {
        return distinct().contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return distinct().iterator();
    }

    @Override
    public int size() {
        return distinct().size();
    }
}
