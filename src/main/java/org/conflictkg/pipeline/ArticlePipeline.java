package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.extract.entity.Authorship;
import org.conflictkg.extract.entity.BylineExtractor;
import org.conflictkg.extract.entity.GroupMentionExtractor;
import org.conflictkg.extract.entity.LexiconMentionExtractor;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionInput;
import org.conflictkg.extract.entity.MentionMerger;
import org.conflictkg.extract.entity.NamePatternExtractor;
import org.conflictkg.extract.entity.StateBodyExtractor;
import org.conflictkg.extract.entity.WeaponNameExtractor;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.policy.PolicyCues;
import org.conflictkg.extract.policy.PolicyExtractor;
import org.conflictkg.extract.position.Position;
import org.conflictkg.extract.position.PositionExtractor;
import org.conflictkg.extract.position.PositionInput;
import org.conflictkg.extract.position.StanceCues;
import org.conflictkg.extract.quantity.QuantityExtractor;
import org.conflictkg.extract.quantity.Units;
import org.conflictkg.extract.quote.QuotationExtractor;
import org.conflictkg.extract.quote.SpeechLexicon;
import org.conflictkg.extract.role.Role;
import org.conflictkg.extract.role.RoleExtractor;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.resolve.Coreference;
import org.conflictkg.resolve.HeldTitle;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.resolve.Resolver;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.SentenceSplitter;

/**
 * The composition root of extraction: lists the extractors explicitly and runs them in data-flow
 * order (sentences, mentions, resolution, then the findings that need resolved entities).
 * Stateless after construction and safe to share between threads.
 */
public final class ArticlePipeline {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<Layout.Cue> layoutCues;
    private final LexiconMentionExtractor lexiconMentions;
    private final NamePatternExtractor nameMentions;
    private final GroupMentionExtractor groupMentions;
    private final StateBodyExtractor stateBodies;
    private final WeaponNameExtractor weaponNames;
    private final BylineExtractor bylines = new BylineExtractor();
    private final Resolver resolver;
    private final RoleExtractor roles;
    private final Coreference coreference;
    private final QuotationExtractor quotations;
    private final PolicyExtractor policies;
    private final PositionExtractor positions;
    private final QuantityExtractor quantities;

    public ArticlePipeline(Lexicon lexicon) {
        this(lexicon, Cues.load());
    }

    public ArticlePipeline(Lexicon lexicon, Cues cues) {
        this.layoutCues = cues.furniture().stream().map(c -> new Layout.Cue(c.cue(), c.byline(), c.prefix())).toList();
        this.lexiconMentions = new LexiconMentionExtractor(lexicon);
        this.nameMentions = new NamePatternExtractor(cues);
        this.groupMentions = new GroupMentionExtractor(cues);
        this.stateBodies = new StateBodyExtractor(cues);
        this.weaponNames = new WeaponNameExtractor(cues);
        this.resolver = new Resolver(lexicon, cues);
        this.roles = new RoleExtractor(cues);
        this.coreference = new Coreference(cues);
        SpeechLexicon speech = SpeechLexicon.load();
        PolicyCues policyCues = PolicyCues.load();
        this.quotations = new QuotationExtractor(speech);
        this.policies = new PolicyExtractor(policyCues, speech);
        this.positions = new PositionExtractor(StanceCues.load(), policyCues, speech);
        this.quantities = new QuantityExtractor(Units.load());
    }

    /** The pipeline with the lexicon shipped in the jar. */
    public static ArticlePipeline standard() {
        return new ArticlePipeline(Lexicon.load());
    }

    public ArticleAnalysis analyse(Document doc) {
        List<Sentence> sentences = splitter.split(doc);
        Layout layout = Layout.of(doc, layoutCues);
        // --- entity mentions, resolution, roles, coreference (owned by the entity rules)
        List<Mention> lexical = lexiconMentions.extract(doc);
        MentionInput input = new MentionInput(doc, sentences, layout, lexical);
        List<Authorship> authors = bylines.extract(input);
        List<Mention> found = new java.util.ArrayList<>(nameMentions.extract(input));
        found.addAll(stateBodies.extract(input));
        found.addAll(weaponNames.extract(input));
        List<Mention> mentions = MentionMerger.merge(doc, layout, lexical, found, groupMentions.extract(input), authors);
        ResolvedArticle named = resolver.resolve(doc, sentences, layout, mentions);
        List<Role> roleList = roles.extract(named);
        ResolvedArticle article = coreference.resolve(named, roleList.stream()
                .map(r -> new HeldTitle(r.holder(), r.title(), r.organization())).toList());
        // --- statements (quotes, positions, policies, quantities) read `article`
        List<Diagnostic> diagnostics = new ArrayList<>();
        QuotationExtractor.Result quotes = quotations.analyse(article);
        diagnostics.addAll(quotes.diagnostics());
        List<Policy> decisions = policies.extract(article);
        List<Position> stated = positions.extract(new PositionInput(article, decisions, quotes.quotations()));
        return new ArticleAnalysis(doc, article.entities(), article.mentions(), roleList, quotes.quotations(),
                decisions, stated, quantities.extract(article), authors, diagnostics);
    }
}
