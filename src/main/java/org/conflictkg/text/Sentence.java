package org.conflictkg.text;

import java.util.List;

/**
 * A sentence: its index in the article, the paragraph it belongs to, its UTF-16 range
 * {@code [start, end)} in the text, and its tokens.
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(Document doc) {
        return doc.text().substring(start, end);
    }

    /** The tokens of a token range, for pattern code that works on token indices. */
    public List<Token> tokens(TokenRange range) {
        return tokens.subList(range.first(), range.end());
    }
}
