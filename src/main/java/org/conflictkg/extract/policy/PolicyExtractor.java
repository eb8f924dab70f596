package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.conflictkg.text.Layout;
import java.util.Optional;
import java.util.function.Function;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.extract.quote.SpeechLexicon;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.text.Sentence;

/**
 * Policies and decisions, one {@link Policy} per sentence that states one. The key says what the
 * decision is, never how one article words it: for a permission to use weapons,
 * {@code weapons-use/DECIDER/ACTOR/ORIGIN/TERRITORY} (the states that decide, may act, supplied
 * the weapons, and are struck; {@code weapons-supply/DECIDER/ACTOR/ORIGIN} when nothing is said of
 * using them: "approved the delivery of tanks to Ukraine"), plus the month when the text dates the decision ("In May, ...
 * decided"), so an earlier decision stays apart from a later one; for a proposal,
 * {@code proposal/PROPOSER/MEASURE}. A slot the sentence leaves open is filled from the other
 * statements of the article (the weapons' origin for the decider and back, the most stated
 * territory), so "greenlight Ukraine's use of U.S.-supplied missiles" joins the article's other
 * statements of the same decision. Stateless and thread-safe.
 */
public final class PolicyExtractor implements Extractor<ResolvedArticle, Policy> {

    private static final String UNKNOWN = "unknown";

    private final FrameReader reader;
    private final DecisionReferences references;
    private final SpeechLexicon speech;

    public PolicyExtractor(PolicyCues cues, SpeechLexicon speech) {
        this.reader = new FrameReader(cues);
        this.references = new DecisionReferences(cues, reader);
        this.speech = speech;
    }

    @Override
    public List<Policy> extract(ResolvedArticle article) {
        ArticleIndex index = new ArticleIndex(article, speech);
        List<FrameReader.Frame> frames = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (FrameReader.Frame f : reader.read(index, s)) {
                frames.add(f);
                sentenceOf.add(s.index());
            }
        }
        Optional<EntityKey> usualDecider = mostCommon(frames, f -> f.decider().or(f::origin));
        Optional<EntityKey> usualTerritory = mostCommon(frames, FrameReader.Frame::territory);
        // one statement per sentence and decision: merge frames of the same key in one sentence
        Map<String, Policy> out = new LinkedHashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            FrameReader.Frame f = fillFromArticle(frames, frames.get(i));
            Policy p = policy(article, f, usualDecider, usualTerritory);
            String slot = sentenceOf.get(i) + " " + p.key().value();
            Policy prev = out.get(slot);
            out.put(slot, prev == null ? p : merge(prev, p));
        }
        // a headline compresses ("Italy approves arms export package"): a decision only it states
        // is no decision of the story; one the body states too keeps the headline's statement
        Set<PolicyKey> stated = new HashSet<>();
        out.values().stream().filter(p -> inBody(article, p)).forEach(p -> stated.add(p.key()));
        List<Policy> decisions = out.values().stream().filter(p -> stated.contains(p.key()))
                .sorted(Comparator.comparing(p -> p.evidence().span())).toList();
        List<Policy> all = new ArrayList<>(decisions);
        for (Policy r : references.find(article, index, decisions)) {
            // a phrase inside a statement is part of it; one next to a statement of the same decision
            // opens it ("The decision to greenlight Ukraine's use ..."); any other is a mention of its own
            if (decisions.stream().anyMatch(d -> d.evidence().span().overlaps(r.evidence().span()))) {
                continue;
            }
            int i = adjacentStatement(article, all, r);
            if (i >= 0) {
                all.set(i, merge(all.get(i), r));
            } else {
                all.add(r);
            }
        }
        all.sort(Comparator.comparing(p -> p.evidence().span()));
        return all;
    }

    /** The statement of the same decision a reference phrase touches (a few characters apart), or -1. */
    private static int adjacentStatement(ResolvedArticle article, List<Policy> statements, Policy ref) {
        String text = article.document().text();
        for (int i = 0; i < statements.size(); i++) {
            Policy p = statements.get(i);
            if (!p.key().equals(ref.key())) {
                continue;
            }
            int a = article.document().utf16(Math.min(p.evidence().span().end(), ref.evidence().span().end()));
            int b = article.document().utf16(Math.max(p.evidence().span().begin(), ref.evidence().span().begin()));
            if (a <= b && b - a <= ADJACENT && text.substring(a, b).matches("[\\p{L}\\s]*")) {
                return i;
            }
        }
        return -1;
    }

    private static final int ADJACENT = 4;

    private static boolean inBody(ResolvedArticle article, Policy p) {
        return article.layout().kindAt(article.document().utf16(p.evidence().span().begin())) == Layout.Kind.BODY;
    }

    private Policy policy(ResolvedArticle article, FrameReader.Frame f, Optional<EntityKey> usualDecider,
                          Optional<EntityKey> usualTerritory) {
        boolean filled = false;
        String key;
        String label;
        Optional<EntityKey> decider = f.decider();
        Optional<EntityKey> territory = f.territory();
        if (f.kind() == FrameReader.Kind.ACT) {
            String action = f.action().orElseThrow();
            Optional<EntityKey> object = f.territory().or(f::actor);
            key = action + "/" + v(decider) + "/" + v(object) + f.period().map(p -> "/" + p.replace("--", "m")).orElse("");
            label = label(article, decider) + ": " + action.replace('-', ' ')
                    + object.map(o -> " (" + label(article, o) + ")").orElse("")
                    + f.period().map(p -> " (" + p + ")").orElse("");
        } else if (f.kind() == FrameReader.Kind.PROPOSAL) {
            key = "proposal/" + decider.map(EntityKey::value).orElse(UNKNOWN) + "/" + f.action().orElseThrow();
            label = "proposal" + decider.map(d -> " by " + label(article, d)).orElse("") + ": "
                    + f.action().orElseThrow().replace('-', ' ');
        } else {
            if (decider.isEmpty()) {
                decider = f.origin().or(() -> usualDecider);
                filled = true;
            }
            Optional<EntityKey> origin = f.origin().or(() -> f.decider()).or(() -> usualDecider);
            boolean supply = !f.use();
            if (territory.isEmpty() && !supply) {
                territory = usualTerritory;
                filled = true;
            }
            key = supply ? "weapons-supply/" + v(decider) + "/" + v(f.actor()) + "/" + v(origin)
                    + f.period().map(p -> "/" + p.replace("--", "m")).orElse("")
                    : "weapons-use/" + v(decider) + "/" + v(f.actor()) + "/" + v(origin) + "/" + v(territory)
                    + f.period().map(p -> "/" + p.replace("--", "m")).orElse("");
            label = supply ? label(article, decider) + " supplies " + label(article, f.actor()) + " with "
                    + origin.map(o -> label(article, o) + " ").orElse("") + "weapons"
                    + f.period().map(p -> " (" + p + ")").orElse("")
                    : label(article, decider) + " lets " + label(article, f.actor()) + " use "
                    + origin.map(o -> label(article, o) + " ").orElse("") + "weapons"
                    + territory.map(t -> " against " + label(article, t)).orElse("")
                    + f.period().map(p -> " (" + p + ")").orElse("");
        }
        double confidence = filled ? 0.7 : 0.85;
        return new Policy(new PolicyKey(key), label, decider, f.actor(), f.weapons(), territory, f.status(),
                f.period(), new Evidence(article.document().span(f.start(), f.end()), f.rule(), confidence));
    }

    /**
     * A measure or proposal the sentence leaves partly open takes the slots of the article's
     * first statement of the same kind of measure by the same decider in the same period ("the
     * Treasury also blacklisted ..." after "The United States imposed sanctions on X"), so one
     * decision keeps one key; a proposal with no proposer named takes the article's proposer.
     */
    private static FrameReader.Frame fillFromArticle(List<FrameReader.Frame> frames, FrameReader.Frame f) {
        if (f.kind() == FrameReader.Kind.PERMISSION) {
            return f;
        }
        for (FrameReader.Frame o : frames) {
            if (o == f) {
                return f;
            }
            if (o.kind() != f.kind() || !o.action().equals(f.action())) {
                continue;
            }
            if (f.kind() == FrameReader.Kind.PROPOSAL) {
                // one proposal of a measure per article: "the truce plan" is the one presented earlier
                return o.decider().isEmpty() ? f : withSlots(f, o.decider(), f.actor(), f.territory());
            }
            if (o.decider().equals(f.decider()) && o.period().equals(f.period())) {
                return withSlots(f, f.decider(), o.actor(), o.territory());
            }
        }
        return f;
    }

    private static FrameReader.Frame withSlots(FrameReader.Frame f, Optional<EntityKey> decider, Optional<EntityKey> actor,
                                               Optional<EntityKey> territory) {
        return new FrameReader.Frame(f.kind(), f.start(), f.end(), decider, actor, f.origin(), territory, f.weapons(),
                f.status(), f.period(), f.action(), f.rule(), f.use());
    }

    private static Policy merge(Policy a, Policy b) {
        List<EntityKey> weapons = new ArrayList<>(a.weapons());
        b.weapons().stream().filter(w -> !weapons.contains(w)).forEach(weapons::add);
        Evidence e = new Evidence(a.evidence().span().union(b.evidence().span()), a.evidence().rule(),
                Math.max(a.evidence().confidence(), b.evidence().confidence()));
        return new Policy(a.key(), a.label(), a.decider().or(b::decider), a.permittedActor().or(b::permittedActor),
                weapons, a.territory().or(b::territory), a.status(), a.date().or(b::date), e);
    }

    private static String v(Optional<EntityKey> k) {
        return k.map(EntityKey::value).orElse(UNKNOWN);
    }

    private static String label(ResolvedArticle article, Optional<EntityKey> k) {
        return k.map(x -> label(article, x)).orElse("someone");
    }

    private static String label(ResolvedArticle article, EntityKey k) {
        return article.entity(k).map(e -> e.label()).orElse(k.value());
    }

    private static Optional<EntityKey> mostCommon(List<FrameReader.Frame> frames,
                                                  Function<FrameReader.Frame, Optional<EntityKey>> slot) {
        Map<EntityKey, Integer> counts = new LinkedHashMap<>();
        for (FrameReader.Frame f : frames) {
            if (f.kind() == FrameReader.Kind.PERMISSION) {
                slot.apply(f).ifPresent(k -> counts.merge(k, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
