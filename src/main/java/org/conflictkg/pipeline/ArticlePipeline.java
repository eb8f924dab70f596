package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.extract.entity.LexiconMentionExtractor;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.position.Position;
import org.conflictkg.extract.policy.PolicyCues;
import org.conflictkg.extract.policy.PolicyExtractor;
import org.conflictkg.extract.position.PositionExtractor;
import org.conflictkg.extract.position.PositionInput;
import org.conflictkg.extract.position.StanceCues;
import org.conflictkg.extract.quote.QuotationExtractor;
import org.conflictkg.extract.quote.SpeechLexicon;
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
    private final QuotationExtractor quotations;
    private final PolicyExtractor policies;
    private final PositionExtractor positions;

    public ArticlePipeline(Lexicon lexicon) {
        this.lexiconMentions = new LexiconMentionExtractor(lexicon);
        this.resolver = new Resolver(lexicon);
        SpeechLexicon speech = SpeechLexicon.load();
        this.quotations = new QuotationExtractor(speech);
        PolicyCues policyCues = PolicyCues.load();
        this.policies = new PolicyExtractor(policyCues, speech);
        this.positions = new PositionExtractor(StanceCues.load(), policyCues, speech);
    }

    /** The pipeline with the lexicon shipped in the jar. */
    public static ArticlePipeline standard() {
        return new ArticlePipeline(Lexicon.load());
    }

    public ArticleAnalysis analyse(Document doc) {
        List<Sentence> sentences = splitter.split(doc);
        List<Mention> mentions = new ArrayList<>(lexiconMentions.extract(doc));
        ResolvedArticle article = resolver.resolve(doc, sentences, mentions);
        List<Diagnostic> diagnostics = new ArrayList<>();
        QuotationExtractor.Result quotes = quotations.analyse(article);
        diagnostics.addAll(quotes.diagnostics());
        List<Policy> decisions = policies.extract(article);
        List<Position> stated = positions.extract(new PositionInput(article, decisions, quotes.quotations()));
        return new ArticleAnalysis(doc, article.entities(), article.mentions(), List.of(), quotes.quotations(),
                decisions, stated, List.of(), List.of(), diagnostics);
    }
}
