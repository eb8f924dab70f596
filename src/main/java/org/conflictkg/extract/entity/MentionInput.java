package org.conflictkg.extract.entity;

import java.util.List;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;

/**
 * What the context-based mention rules read: the document, its sentences and layout, and the
 * mentions already found in the lexicon (names the rules must not re-discover or cut through).
 */
public record MentionInput(Document document, List<Sentence> sentences, Layout layout, List<Mention> known) {

    public MentionInput {
        sentences = List.copyOf(sentences);
        known = List.copyOf(known);
    }
}
