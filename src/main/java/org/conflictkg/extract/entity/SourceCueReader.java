package org.conflictkg.extract.entity;

import java.util.List;
import java.util.Optional;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.text.Words.Word;

/**
 * Source cues around a capitalised name: "according to NewsNation", "an interview with the BBC",
 * "a Politico report". They show a source (an outlet or a person), which the name rules then type
 * by the name's shape. Immutable and thread-safe.
 */
final class SourceCueReader {

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    private final Cues cues;
    private final List<String[]> cuesBefore;

    SourceCueReader(Cues cues) {
        this.cues = cues;
        this.cuesBefore = cues.sourceCuesBefore().stream().map(c -> c.split(" ")).toList();
    }

    /** A source cue ("according to", "interview with") right before, or "report" right after. */
    record Source(boolean before) {
    }

    Optional<Source> sourceCue(List<Word> words, int ns, int b) {
        for (String[] parts : cuesBefore) {
            int k = ns - parts.length;
            // allow an article between cue and name: "interview with the BBC"
            if (k - 1 >= 0 && ARTICLES.contains(words.get(ns - 1).text())) {
                if (matches(words, k - 1, parts)) {
                    return Optional.of(new Source(true));
                }
            }
            if (k >= 0 && matches(words, k, parts)) {
                return Optional.of(new Source(true));
            }
        }
        if (b < words.size() && cues.isSourceCueAfter(words.get(b).text()) && b - ns == 1
                && !words.get(b).isCapitalized() && !words.get(ns).possessive()) {
            return Optional.of(new Source(false));
        }
        return Optional.empty();
    }

    private static boolean matches(List<Word> words, int k, String[] parts) {
        for (int i = 0; i < parts.length; i++) {
            if (!words.get(k + i).text().equalsIgnoreCase(parts[i]) || words.get(k + i).possessive()) {
                return false;
            }
        }
        return true;
    }

    /** An outlet's name: an acronym ("PBS Newshour", "CNN") or a word with an inner capital ("NewsNation"). */
    static boolean outletLike(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = words.get(i).text();
            if (words.get(i).isAcronym()) {
                return true;
            }
            for (int k = 1; k < t.length(); k++) {
                if (Character.isUpperCase(t.charAt(k)) && Character.isLowerCase(t.charAt(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
