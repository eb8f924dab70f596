package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cues indexed by the words their phrases can start with, so a sentence is matched only against
 * the cues whose first word it contains (a few, instead of every cue of a table). Keeps the
 * table's order, which decides between overlapping cues. Immutable and thread-safe.
 *
 * @param <T> the cue type
 */
public final class CueIndex<T> {

    private final List<T> cues;
    private final Map<String, int[]> byFirstWord;
    private final int[] always;
    /**
     * For an ASCII first character c, bit n of {@code asciiLengths[c]} is set when some first word
     * of n (< 64) characters starts with c: most words of a sentence are ruled out without a string.
     */
    private final long[] asciiLengths = new long[128];

    public CueIndex(List<T> cues, Function<T, CuePattern> pattern) {
        this.cues = List.copyOf(cues);
        Map<String, List<Integer>> m = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int i = 0; i < this.cues.size(); i++) {
            Set<String> first = pattern.apply(this.cues.get(i)).firstWords();
            if (first == null) {
                any.add(i);
            } else {
                for (String w : first) {
                    m.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        this.byFirstWord = new HashMap<>();
        m.forEach((k, v) -> byFirstWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.always = any.stream().mapToInt(Integer::intValue).toArray();
        for (String w : byFirstWord.keySet()) {
            if (!w.isEmpty() && w.length() < 64 && w.chars().allMatch(c -> c < 128)) {
                asciiLengths[w.charAt(0)] |= 1L << w.length();
            }
        }
    }

    /**
     * Whether the k-th word may be a first word of the index. An all-ASCII word lower-cases to
     * the same length and an ASCII first letter, so the bit table answers; any other is looked up.
     */
    private boolean mayBeFirstWord(CueWords words, int k) {
        int n = words.length(k);
        if (n >= 64 || !words.isAscii(k)) {
            return true;
        }
        char c = Character.toLowerCase(words.firstChar(k));
        return (asciiLengths[c] >>> n & 1) != 0;
    }

    /** The cues that may occur among these words ({@link CuePattern#wordsOf}), in table order. */
    public List<T> candidates(Set<String> words) {
        BitSet hit = new BitSet(cues.size());
        for (int i : always) {
            hit.set(i);
        }
        if (words instanceof CueWords scanned) {
            // the same words, walked as offsets: no string for a word no cue starts with
            for (int k = 0; k < scanned.count(); k++) {
                if (mayBeFirstWord(scanned, k)) {
                    mark(hit, byFirstWord.get(scanned.word(k)));
                }
            }
        } else {
            for (String w : words) {
                mark(hit, byFirstWord.get(w));
            }
        }
        List<T> out = new ArrayList<>(hit.cardinality());
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            out.add(cues.get(i));
        }
        return out;
    }

    private static void mark(BitSet hit, int[] ids) {
        if (ids != null) {
            for (int i : ids) {
                hit.set(i);
            }
        }
    }
}
