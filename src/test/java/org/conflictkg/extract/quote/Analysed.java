package org.conflictkg.extract.quote;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;

/**
 * Test fixture for the statement extractors: runs the real pipeline (lexicon, entity rules,
 * resolution) on a sentence or a seed article, and answers in the words of the text.
 */
public final class Analysed {

    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private final ArticleAnalysis analysis;

    private Analysed(ArticleAnalysis analysis) {
        this.analysis = analysis;
    }

    public static Analysed text(String text) {
        return new Analysed(PIPELINE.analyse(Document.of("t", text)));
    }

    public static Analysed seed(String fileName) {
        return new Analysed(PIPELINE.analyse(new ArticleReader().read(Path.of("data/articles", fileName))));
    }

    public ArticleAnalysis analysis() {
        return analysis;
    }

    public String cover(CharSpan span) {
        return analysis.document().cover(span);
    }

    /** The label of an entity of the article ("?" when the key is not one of its entities). */
    public String label(EntityKey key) {
        return analysis.entities().stream().filter(e -> e.key().equals(key)).map(Entity::label).findFirst()
                .orElse("?" + key);
    }

    public String label(Optional<EntityKey> key) {
        return key.map(this::label).orElse("(none)");
    }

    /** Quotations as "speaker: quoted words". */
    public List<String> quotes() {
        return analysis.quotations().stream().map(q -> label(q.speaker()) + ": " + cover(q.evidence().span())).toList();
    }
}
