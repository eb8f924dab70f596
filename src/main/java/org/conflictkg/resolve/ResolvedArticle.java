package org.conflictkg.resolve;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;

/**
 * An article after entity resolution: its sentences, its entities and every mention attached to
 * an entity (names, aliases, titles, pronouns). The input of the extractors that need to know who
 * is who (roles, quotations, positions, policies, quantities). Immutable.
 */
public final class ResolvedArticle {

    private final Document document;
    private final List<Sentence> sentences;
    private final Map<EntityKey, Entity> entities;
    private final List<EntityMention> mentions;

    public ResolvedArticle(Document document, List<Sentence> sentences, List<Entity> entities,
                           List<EntityMention> mentions) {
        this.document = document;
        this.sentences = List.copyOf(sentences);
        Map<EntityKey, Entity> m = new LinkedHashMap<>();
        entities.forEach(e -> m.put(e.key(), e));
        this.entities = Collections.unmodifiableMap(m);
        this.mentions = mentions.stream().sorted(Comparator.comparing(EntityMention::span)).toList();
    }

    public Document document() {
        return document;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Entity> entity(EntityKey key) {
        return Optional.ofNullable(entities.get(key));
    }

    /** All mentions, in text order. */
    public List<EntityMention> mentions() {
        return mentions;
    }

    /** Mentions lying entirely inside a code-point span, in text order. */
    public List<EntityMention> mentionsWithin(CharSpan span) {
        return mentions.stream().filter(m -> span.contains(m.span())).toList();
    }

    /** The mention that covers a code-point offset, if any (the longest when nested). */
    public Optional<EntityMention> mentionAt(int codePoint) {
        return mentions.stream().filter(m -> m.span().begin() <= codePoint && codePoint < m.span().end())
                .max(Comparator.comparingInt(m -> m.span().length()));
    }

    /** The sentence containing a code-point offset. */
    public Optional<Sentence> sentenceAt(int codePoint) {
        int utf16 = document.utf16(codePoint);
        return sentences.stream().filter(s -> s.start() <= utf16 && utf16 < s.end()).findFirst();
    }
}
