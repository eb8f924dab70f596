package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.extract.entity.LexiconMentionExtractor;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.resolve.Resolver;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.SentenceSplitter;

/**
 * The composition root of extraction: lists the extractors explicitly and runs them in data-flow
 * order (sentences, mentions, resolution, then the findings that need resolved entities).
 * Stateless after construction and safe to share between threads.
 */
public final class ArticlePipeline {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LexiconMentionExtractor lexiconMentions;
    private final Resolver resolver;

    public ArticlePipeline(Lexicon lexicon) {
        this.lexiconMentions = new LexiconMentionExtractor(lexicon);
        this.resolver = new Resolver(lexicon);
    }

    /** The pipeline with the lexicon shipped in the jar. */
    public static ArticlePipeline standard() {
        return new ArticlePipeline(Lexicon.load());
    }

    public ArticleAnalysis analyse(Document doc) {
        List<Sentence> sentences = splitter.split(doc);
        List<Mention> mentions = new ArrayList<>(lexiconMentions.extract(doc));
        ResolvedArticle article = resolver.resolve(doc, sentences, mentions);
        return new ArticleAnalysis(doc, article.entities(), article.mentions(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
