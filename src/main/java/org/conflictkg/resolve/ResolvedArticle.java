package org.conflictkg.resolve;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
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
    private final Layout layout;

    public ResolvedArticle(Document document, List<Sentence> sentences, List<Entity> entities,
                           List<EntityMention> mentions) {
        this(document, sentences, entities, mentions, Layout.of(document, List.of()));
    }

    public ResolvedArticle(Document document, List<Sentence> sentences, List<Entity> entities,
                           List<EntityMention> mentions, Layout layout) {
        this.document = document;
        this.sentences = List.copyOf(sentences);
        Map<EntityKey, Entity> m = new LinkedHashMap<>();
        entities.forEach(e -> m.put(e.key(), e));
        this.entities = Collections.unmodifiableMap(m);
        this.mentions = mentions.stream().sorted(Comparator.comparing(EntityMention::span)).toList();
        this.layout = layout;
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

    /** The entities of one type, in order of first mention. */
    public List<Entity> entitiesOfType(EntityType type) {
        return entities.values().stream().filter(e -> e.type() == type).toList();
    }

    /** All mentions, in text order. */
    public List<EntityMention> mentions() {
        return mentions;
    }

    /** The mentions of one entity, in text order. */
    public List<EntityMention> mentionsOf(EntityKey key) {
        return mentions.stream().filter(m -> m.entity().equals(key)).toList();
    }

    /** Mentions lying entirely inside a code-point span, in text order. */
    public List<EntityMention> mentionsWithin(CharSpan span) {
        return mentions.stream().filter(m -> span.contains(m.span())).toList();
    }

    /**
     * The mention that covers a code-point offset, if any (the longest when nested: "Putin's
     * spokesperson" rather than "Putin", "Russian officials" rather than "Russian"). Pronouns and
     * descriptions are mentions of the entity they stand for.
     */
    public Optional<EntityMention> mentionAt(int codePoint) {
        return mentions.stream().filter(m -> m.span().begin() <= codePoint && codePoint < m.span().end())
                .max(Comparator.comparingInt(m -> m.span().length()));
    }

    /** The sentence containing a code-point offset. */
    public Optional<Sentence> sentenceAt(int codePoint) {
        int utf16 = document.utf16(codePoint);
        return sentences.stream().filter(s -> s.start() <= utf16 && utf16 < s.end()).findFirst();
    }

    /** The article's paragraphs and what each is (headline, heading, body, byline, furniture). */
    public Layout layout() {
        return layout;
    }

    /** The kind of paragraph a code-point offset lies in. */
    public Layout.Kind paragraphKind(int codePoint) {
        return layout.kindAt(document.utf16(codePoint));
    }

    /**
     * Whether a span starts in article furniture or a byline ("Read More:" teasers, cookie banners,
     * credits): no actor, quote or position should come from there.
     */
    public boolean isFurniture(CharSpan span) {
        return layout.isFurnitureOrByline(document.utf16(span.begin()));
    }

    /** Whether a code-point offset lies inside double quotation marks. */
    public boolean insideQuotes(int codePoint) {
        return layout.insideQuotes(document.utf16(codePoint));
    }

    /** Whether a mention is a pronoun or description standing for its entity (not a name). */
    public static boolean isAnaphor(EntityMention m) {
        MentionKind k = m.mention().kind();
        return k == MentionKind.PRONOUN || k == MentionKind.DESCRIPTION;
    }
}
