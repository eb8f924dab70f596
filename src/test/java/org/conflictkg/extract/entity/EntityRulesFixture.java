package org.conflictkg.extract.entity;

import java.util.List;
import java.util.Optional;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.text.Document;

/** Runs the real pipeline (shipped lexicon and cue tables) on a snippet; shared by the rule tests. */
public final class EntityRulesFixture {

    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private EntityRulesFixture() {
    }

    public static ArticleAnalysis analyse(String text) {
        return PIPELINE.analyse(Document.of("snippet", text));
    }

    /** The entity of an analysis whose label is this name. */
    public static Optional<Entity> entity(ArticleAnalysis a, String label) {
        return a.entities().stream().filter(e -> e.label().equals(label)).findFirst();
    }

    /** The mentions whose text is exactly this, in text order. */
    public static List<EntityMention> mentions(ArticleAnalysis a, String text) {
        return a.mentions().stream().filter(m -> m.mention().text().equals(text)).toList();
    }
}
