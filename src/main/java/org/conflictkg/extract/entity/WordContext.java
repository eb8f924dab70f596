package org.conflictkg.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.Title;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Token;
import org.conflictkg.text.Words.Word;

/**
 * Word-level tests the name, group and role rules share: which words are covered by a known
 * mention, which capitalised words can be part of a name, and which titles end or start at a word.
 * One instance per article; not shared between threads.
 */
public final class WordContext {

    /** A title found in a word list: the title and the word range [first, end) it covers. */
    public record TitleMatch(Title title, int first, int end) {
    }

    private final Cues cues;
    private final int[] knownAt;
    private final List<Mention> known;
    private final List<Sentence> sentences;
    /** The article's words that start lower case, collected on first use (most articles never ask). */
    private Set<String> lowerCaseWords;
    /** Answers of {@link #usedInLowerCase} by the word as asked (the rules ask about the same words often). */
    private final Map<String, Boolean> usedInLowerCase = new HashMap<>();

    /**
     * @param knownAt for each UTF-16 index of the text, the index in {@code known} of the mention
     *                covering it, or -1
     */
    public WordContext(Cues cues, List<Mention> known, int[] knownAt, List<Sentence> sentences) {
        this.cues = cues;
        this.known = known;
        this.knownAt = knownAt;
        this.sentences = sentences;
    }

    /** The context of one article's words, given the mentions already known in it. */
    public static WordContext of(Cues cues, org.conflictkg.text.Document doc, List<Mention> known,
                                 List<Sentence> sentences) {
        return new WordContext(cues, known, KnownIndex.of(doc, known), sentences);
    }

    public Cues cues() {
        return cues;
    }

    /** The known mention covering any part of a word, if one does. */
    public Optional<Mention> knownAt(Word w) {
        for (int i = w.start(); i < w.end(); i++) {
            if (knownAt[i] >= 0) {
                return Optional.of(known.get(knownAt[i]));
            }
        }
        return Optional.empty();
    }

    public boolean covered(Word w) {
        return knownAt(w).isPresent();
    }

    /** Whether the article also uses this word in lower case ("Critics" at a sentence start). */
    public boolean usedInLowerCase(String word) {
        Boolean known = usedInLowerCase.get(word);
        if (known != null) {
            return known;
        }
        if (lowerCaseWords == null) {
            int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
            lowerCaseWords = new HashSet<>(2 * tokens); // sized once: no rehashing while filling
            for (Sentence s : sentences) {
                for (Token t : s.tokens()) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                        lowerCaseWords.add(t.text());
                    }
                }
            }
        }
        boolean used = lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
        usedInLowerCase.put(word, used);
        return used;
    }

    /** A capitalised word, not covered by a known mention, not a function word. */
    public boolean nameish(Word w) {
        return w.isWord() && w.isCapitalized() && !covered(w) && !cues.isFunctionWord(w.text())
                && !Character.isDigit(w.text().codePointAt(0));
    }

    public boolean isTitleWord(Word w) {
        return cues.title(w.text()).isPresent();
    }

    /** The longest title whose last word is words[last] (a trailing comma is not skipped). */
    public Optional<TitleMatch> titleEndingAt(List<Word> words, int last) {
        if (last < 0 || !cues.endsTitle(words.get(last).text())) {
            return Optional.empty();
        }
        for (int n = Math.min(cues.longestTitle(), last + 1); n >= 1; n--) {
            Optional<Title> t = cues.title(join(words, last - n + 1, last + 1));
            if (t.isPresent()) {
                return Optional.of(new TitleMatch(t.get(), last - n + 1, last + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * A title with a complement ending at words[last]: "special envoy for Yemen", "minister of
     * defence". The match covers the complement; its title is the title proper.
     */
    public Optional<TitleMatch> titleWithComplementEndingAt(List<Word> words, int last) {
        for (int link = last - 1; link >= 1 && link >= last - 4; link--) {
            String l = words.get(link).text();
            if (!l.equals("for") && !l.equals("of")) {
                continue;
            }
            for (int k = link + 1; k <= last; k++) {
                Word w = words.get(k);
                if (!(w.isCapitalized() || covered(w) || w.text().equals("the")) || !w.isWord()) {
                    return Optional.empty();
                }
            }
            Optional<TitleMatch> t = titleEndingAt(words, link - 1);
            return t.map(x -> new TitleMatch(x.title(), x.first(), last + 1));
        }
        return Optional.empty();
    }

    /** The longest title whose first word is words[first]. */
    public Optional<TitleMatch> titleStartingAt(List<Word> words, int first) {
        if (first >= words.size() || !cues.startsTitle(words.get(first).text())) {
            return Optional.empty();
        }
        for (int n = Math.min(cues.longestTitle(), words.size() - first); n >= 1; n--) {
            Optional<Title> t = cues.title(join(words, first, first + n));
            if (t.isPresent()) {
                return Optional.of(new TitleMatch(t.get(), first, first + n));
            }
        }
        return Optional.empty();
    }

    /** Words [from, to) joined by single spaces; a possessive word only at the end. */
    public static String join(List<Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (w.possessive() && i < to - 1) {
                return "\u0000"; // "Putin's spokesperson" is no title
            }
            if (i > from) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }

    /** Whether a word is punctuation of this one character. */
    public static boolean is(Word w, String s) {
        return w.text().equals(s);
    }
}
