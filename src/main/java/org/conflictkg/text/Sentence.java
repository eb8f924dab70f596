package org.conflictkg.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence: its index in the article, the paragraph it belongs to, its UTF-16 range
 * {@code [start, end)} in the text, and its tokens. Its {@link Words} are derived once here,
 * because every entity rule reads them. Immutable; equal when index, paragraph, range and tokens
 * are (the words follow from the tokens).
 */
public final class Sentence {

    private final int index;
    private final int paragraph;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final List<Words.Word> words;

    public Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
        this.index = index;
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.words = Words.split(this.tokens);
    }

    public int index() {
        return index;
    }

    public int paragraph() {
        return paragraph;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The tokens as words, possessive endings split off ({@link Words#of}). */
    List<Words.Word> words() {
        return words;
    }

    public String text(Document doc) {
        return doc.text().substring(start, end);
    }

    /** The tokens of a token range, for pattern code that works on token indices. */
    public List<Token> tokens(TokenRange range) {
        return tokens.subList(range.first(), range.end());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && paragraph == s.paragraph && start == s.start
                && end == s.end && tokens.equals(s.tokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, paragraph, start, end, tokens);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", paragraph=" + paragraph + ", start=" + start + ", end=" + end
                + ", tokens=" + tokens + "]";
    }
}
