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
    }

    /** The cues that may occur among these words ({@link CuePattern#wordsOf}), in table order. */
    public List<T> candidates(Set<String> words) {
        BitSet hit = new BitSet(cues.size());
        for (int i : always) {
            hit.set(i);
        }
        for (String w : words) {
            int[] ids = byFirstWord.get(w);
            if (ids != null) {
                for (int i : ids) {
                    hit.set(i);
                }
            }
        }
        List<T> out = new ArrayList<>(hit.cardinality());
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            out.add(cues.get(i));
        }
        return out;
    }
}
