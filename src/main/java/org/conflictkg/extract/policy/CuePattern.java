package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue phrase from a data file compiled to a case-insensitive regular expression over words:
 * "word*" matches any ending, "*" alone skips up to four words, "a|b" is either word and "; "
 * separates alternative phrases. The data files say which words; this class says how they match,
 * so every cue table of the project reads the same way. Immutable and thread-safe.
 */
public final class CuePattern {

    /** A word character for cue matching: letters, digits, apostrophes inside words, hyphens. */
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*";
    /** Between the words of a cue: spaces, commas and opening or closing double quotation marks. */
    private static final String SEP = "[\\s,\"\u201C\u201D]+";
    /** Up to four words; currency signs may stand between them ("passed a $61 billion package"). */
    private static final String GAP = "(?:[\\s,\"\u201C\u201D$\u20AC\u00A3]+" + WORD + "){0,4}?";

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");

    private final String phrase;
    private final Pattern pattern;
    /** The words a match must start with (lower case), or null when any word may start one. */
    private final Set<String> firstWords;
    /** Where a match can begin; empty when anywhere. */
    private final Optional<CueStart> start;

    public CuePattern(String phrase) {
        this.phrase = phrase;
        List<String> alternatives = new ArrayList<>();
        Set<String> first = new HashSet<>();
        boolean anyFirst = false;
        for (String alt : phrase.split(";")) {
            if (!alt.isBlank()) {
                alternatives.add(compile(alt.trim()));
                String head = alt.trim().split("\\s+")[0];
                for (String w : head.split("\\|")) {
                    anyFirst |= w.endsWith("*") || !WORDS.matcher(w).matches();
                    first.add(normalise(w));
                }
            }
        }
        this.firstWords = anyFirst ? null : Set.copyOf(first);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("empty cue phrase");
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.start = CueStart.of(phrase);
    }

    private static String compile(String alt) {
        StringBuilder re = new StringBuilder();
        String[] tokens = alt.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("*")) {
                re.append(GAP);
                continue;
            }
            if (i > 0) {
                re.append(SEP);
            }
            List<String> words = new ArrayList<>();
            for (String w : t.split("\\|")) {
                if (w.endsWith("*") && w.length() > 1) {
                    words.add(literal(w.substring(0, w.length() - 1)) + "[\\p{L}]*");
                } else {
                    words.add(literal(w));
                }
            }
            re.append("(?:").append(String.join("|", words)).append(")");
        }
        return re.toString();
    }

    /** A word as a regex; straight and curly apostrophes match each other. */
    private static String literal(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\'' || c == '\u2019') {
                b.append("['\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append('\\').append(c);
            }
        }
        return b.toString();
    }

    /**
     * The words of {@code text[from, to)} as {@link #canOccurIn} expects them: lower case, curly
     * apostrophes straightened. Compute once per sentence and test every pattern against it.
     */
    public static CueWords wordsOf(String text, int from, int to) {
        return CueWords.of(text, from, to);
    }

    /** The lower-case words a match starts with, or null when a match may start with any word. */
    Set<String> firstWords() {
        return firstWords;
    }

    /** False when the phrase cannot occur among these words; a cheap filter before {@link #findAll}. */
    public boolean canOccurIn(Set<String> words) {
        if (firstWords == null) {
            return true;
        }
        for (String w : firstWords) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String w) {
        return CueWords.normalise(w);
    }

    /** The phrase as written in the data file. */
    public String phrase() {
        return phrase;
    }

    /**
     * Every match in {@code text[from, to)}, as UTF-16 ranges {start, end}: what the phrase's
     * regex finds, but tried only where {@link CueStart} says a match can begin.
     */
    public List<int[]> findAll(String text, int from, int to) {
        if (start.isEmpty()) {
            return findAllByRegex(text, from, to);
        }
        CueStart at = start.get();
        List<int[]> out = new ArrayList<>();
        Matcher m = null;
        for (int p = from; p < to; p++) {
            if (!at.mayStartAt(text, from, to, p)) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
            }
            // the look-behind passed above; within region [p, to) it cannot see before p
            if (m.region(p, to).lookingAt()) {
                out.add(new int[] {m.start(), m.end()});
                p = Math.max(p, m.end() - 1); // like find(): the next match starts after this one
            }
        }
        return out;
    }

    /**
     * {@link #findAll(String, int, int)} over the stretch the words were read from, trying only
     * their word starts when every match opens with a letter or digit (the same matches).
     */
    public List<int[]> findAll(CueWords words) {
        if (start.isEmpty() || !start.get().opensWithWord()) {
            return findAll(words.text(), words.from(), words.to());
        }
        CueStart at = start.get();
        String text = words.text();
        int from = words.from();
        int to = words.to();
        List<int[]> out = new ArrayList<>();
        Matcher m = null;
        int next = from; // like find(): a match starts after the previous one
        for (int k = 0; k < words.startCount(); k++) {
            int p = words.start(k);
            if (p < next || !at.mayStartAt(text, from, to, p)) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
            }
            if (m.region(p, to).lookingAt()) {
                out.add(new int[] {m.start(), m.end()});
                next = Math.max(m.end(), p + 1);
            }
        }
        return out;
    }

    /** {@link #findAll} by the regex alone, trying every position: the reference it must equal. */
    List<int[]> findAllByRegex(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Whether the phrase occurs in {@code text[from, to)}. */
    public boolean occursIn(String text, int from, int to) {
        if (start.isEmpty()) {
            return pattern.matcher(text).region(from, to).find();
        }
        CueStart at = start.get();
        Matcher m = null;
        for (int p = from; p < to; p++) {
            if (at.mayStartAt(text, from, to, p)) {
                if (m == null) {
                    m = pattern.matcher(text);
                }
                if (m.region(p, to).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return phrase;
    }
}
