package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a cue phrase can start: at a word boundary, with the letters its first word opens with
 * (up to an apostrophe or a trailing "*"), compared as the case-insensitive regex compares them.
 * A necessary condition only, so checking it first and running the phrase's regex at the few
 * places that pass gives exactly the regex's matches, without trying it at every character.
 * Immutable.
 */
final class CueStart {

    /** The folded leading letters of each first word; a match must begin with one of them. */
    private final char[][] prefixes;
    /**
     * Whether the regex may go on with a letter or digit after a prefix: after a whole word
     * ("is") comes a separator or the phrase's look-ahead, so "island" cannot start "is"; after
     * the stem of "support*" or the "didn" of "didn't" no such condition is checked.
     */
    private final boolean[] open;
    /** Bit c (c < 128) set when an ASCII character c can open one of the prefixes: a quick "no" for most positions. */
    private final long asciiLow;
    private final long asciiHigh;
    private final boolean opensWithWord;

    private CueStart(char[][] prefixes, boolean[] open) {
        this.prefixes = prefixes;
        this.open = open;
        long low = 0;
        long high = 0;
        for (char c = 0; c < 128; c++) {
            for (char[] prefix : prefixes) {
                if (c == prefix[0] || CueChars.fold(c) == prefix[0]) {
                    if (c < 64) {
                        low |= 1L << c;
                    } else {
                        high |= 1L << (c - 64);
                    }
                }
            }
        }
        this.asciiLow = low;
        this.asciiHigh = high;
        boolean words = true;
        for (char[] prefix : prefixes) {
            words &= CueChars.onlyWordCharsMatch(prefix[0]);
        }
        this.opensWithWord = words;
    }

    /**
     * Whether every match opens with a letter or digit after a non-word character (or at the
     * search's start): then only the word starts of {@link CueWords} need trying.
     */
    boolean opensWithWord() {
        return opensWithWord;
    }

    /**
     * The start condition of a phrase written as {@link CuePattern} reads it, or empty when a
     * match may begin anywhere (a leading "*") or with a character this class does not model.
     */
    static Optional<CueStart> of(String phrase) {
        List<char[]> out = new ArrayList<>();
        List<Boolean> opens = new ArrayList<>();
        for (String alt : phrase.split(";")) {
            if (alt.isBlank()) {
                continue;
            }
            String head = alt.trim().split("\\s+")[0];
            if (head.equals("*")) {
                return Optional.empty();
            }
            for (String w : head.split("\\|")) {
                String word = w.endsWith("*") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
                int n = 0;
                while (n < word.length() && word.charAt(n) != '\'' && word.charAt(n) != '\u2019') {
                    char c = word.charAt(n);
                    if (Character.isSurrogate(c) || CueChars.fold(CueChars.fold(c)) != CueChars.fold(c)) {
                        return Optional.empty();
                    }
                    n++;
                }
                if (n == 0) {
                    return Optional.empty();
                }
                char[] prefix = new char[n];
                for (int i = 0; i < n; i++) {
                    prefix[i] = CueChars.fold(word.charAt(i));
                }
                out.add(prefix);
                opens.add(n < w.length());
            }
        }
        boolean[] open = new boolean[opens.size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = opens.get(i);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new CueStart(out.toArray(new char[0][]), open));
    }

    /**
     * Whether a match may begin at {@code p} of a search over {@code text[from, to)}: no letter or
     * digit just before (the phrase's look-behind, which cannot see before {@code from}) and one
     * of the prefixes there.
     */
    boolean mayStartAt(String text, int from, int to, int p) {
        char first = text.charAt(p);
        if (first < 128 && ((first < 64 ? asciiLow >>> first : asciiHigh >>> (first - 64)) & 1) == 0) {
            return false;
        }
        for (int k = 0; k < prefixes.length; k++) {
            int end = p + prefixes[k].length;
            if (startsWith(text, to, p, prefixes[k])
                    && (open[k] || !CueChars.isWordCharAt(text, end, to))) {
                return p == from || !CueChars.isWordChar(Character.codePointAt(text, p - 1));
            }
        }
        return false;
    }

    private static boolean startsWith(String text, int to, int p, char[] prefix) {
        if (p + prefix.length > to) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            char c = text.charAt(p + i);
            if (c != prefix[i] && CueChars.fold(c) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
