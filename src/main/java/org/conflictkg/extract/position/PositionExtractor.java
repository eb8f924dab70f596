package org.conflictkg.extract.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.policy.CuePattern;
import org.conflictkg.extract.policy.CueWords;
import org.conflictkg.extract.policy.Dateline;
import org.conflictkg.extract.policy.PolicyCues;
import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.extract.quote.SpeechLexicon;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;

/**
 * Stated positions: who supports, opposes or is neutral on what. A stance cue from the data file
 * ("criticized", "voiced criticism", "rejected accusations", "framed ... as a direct counter",
 * "overdue") gives the stance; a negation before a verb reverses a support ("did not support")
 * and makes a criticism neutral ("did not criticise the launch"). The holder is the subject of the
 * cue's clause (names, titles, pronouns, institutions, collective sources), or the agent after a
 * stance noun ("criticism from Putin", "at the request of Hegseth"); a state's stance reported by
 * a named speaker ("Hungary did not block the decision, Orban told state radio") is the speaker's
 * too. The target comes from {@link TargetResolver}; judging quotations and reported judgements
 * from {@link QuotedVerdicts}. Cues inside a quotation count only when they say the step came late
 * or the quotation is a short fragment: the quotation's speaker then holds the stance. A neutral
 * "did not oppose ... but" absorbs the same holder's other stances on the same decision in its
 * sentence. Stateless and thread-safe.
 */
public final class PositionExtractor implements Extractor<PositionInput, Position> {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no|n['\u2019]t)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENT_PREPOSITION = Pattern.compile("\\G\\s+(from|by)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOUN_MARKERS = Set.of("with", "without", "of", "the", "his", "her", "their",
            "its", "our", "my", "your", "a", "an");
    private static final int FRAGMENT_WORDS = 6;

    private final StanceCues stances;
    private final SpeechLexicon speech;
    private final TargetResolver targets;
    private final QuotedVerdicts verdicts;

    public PositionExtractor(StanceCues stances, PolicyCues policyCues, SpeechLexicon speech) {
        this.stances = stances;
        this.speech = speech;
        this.targets = new TargetResolver(policyCues);
        this.verdicts = new QuotedVerdicts(stances, targets);
    }

    @Override
    public List<Position> extract(PositionInput input) {
        ArticleIndex index = new ArticleIndex(input.article(), speech);
        Document doc = input.article().document();
        Optional<PolicyKey> main = TargetResolver.main(input.policies());
        List<int[]> quoted = new ArrayList<>();
        for (Quotation q : input.quotations()) {
            quoted.add(new int[] {doc.utf16(q.evidence().span().begin()), doc.utf16(q.evidence().span().end())});
        }
        List<Finding> found = new ArrayList<>();
        for (Sentence s : input.article().sentences()) {
            if (input.article().layout().kindAt(s.start()) != Layout.Kind.BODY) {
                continue; // headlines and teasers compress stances ("Israel weighs U.S.-backed plan")
            }
            List<int[]> cuesSeen = new ArrayList<>();
            CueWords words = CuePattern.wordsOf(doc.text(), s.start(), s.end());
            for (StanceCues.Cue cue : stances.candidates(words)) {
                for (int[] at : cue.pattern().findAll(words)) {
                    if (cuesSeen.stream().anyMatch(c -> c[0] < at[1] && at[0] < c[1])) {
                        continue; // a longer or earlier cue already read these words
                    }
                    cuesSeen.add(at);
                    if (at[0] > 0 && doc.text().charAt(at[0] - 1) == '-' || cue.kind().isVerb()
                            && gerundAsNoun(index, doc.text(), at)) {
                        continue; // "U.S.-backed deal", "with U.S. backing": no one's stance in the sentence
                    }
                    for (Finding f : read(index, input, s, cue, at, quoted, main, found)) {
                        found.add(f);
                        Coordination.of(index, s, f).forEach(found::add);
                        reportingSpeaker(index, s, f).ifPresent(found::add);
                    }
                }
            }
        }
        verdicts.addTo(index, input, main, found);
        List<Finding> kept = absorbedByNeutral(index, found);
        // one position per holder, stance and target in a sentence span; keep the first statement
        Map<String, Position> out = new LinkedHashMap<>();
        for (Finding f : kept) {
            String key = f.holder() + " " + f.stance() + " " + f.target() + " " + f.start();
            out.putIfAbsent(key, new Position(f.holder(), f.stance(), f.target(), f.cue(),
                    f.quotation().map(q -> q.evidence().span()),
                    new Evidence(doc.span(f.start(), f.end()), f.rule(), f.confidence())));
        }
        return out.values().stream().sorted(Comparator.comparing(p -> p.evidence().span())).toList();
    }

    private List<Finding> read(ArticleIndex index, PositionInput input, Sentence s, StanceCues.Cue cue, int[] at,
                               List<int[]> quoted, Optional<PolicyKey> main, List<Finding> previous) {
        String text = index.text();
        Optional<Quotation> inQuote = quotationAt(input, quoted, at[0]);
        if (inQuote.isPresent() && cue.kind() != StanceCues.Kind.LATE
                && !(cue.kind().isVerb() && isFragment(input, inQuote.get()))) {
            return List.of(); // the quoted words' own subjects are someone else's business
        }
        int clause = index.clauseStart(Dateline.end(text, s), at[0]);
        Optional<EntityKey> holder;
        String rule;
        if (inQuote.isPresent()) {
            holder = inQuote.get().speaker();
            rule = cue.kind() == StanceCues.Kind.LATE ? "position-quoted-late" : "position-quoted-verdict";
        } else if (cue.kind() == StanceCues.Kind.NOUN) {
            holder = agentAfter(index, cue, at, s.end());
            if (holder.isEmpty() && lightVerbBefore(text, clause, at[0])) {
                holder = index.subject(clause, at[0]);
            }
            rule = "position-stance-noun";
        } else if (cue.kind() == StanceCues.Kind.ECHO) {
            holder = agentAfter(index, cue, at, s.end()).or(() -> index.subject(clause, at[0]));
            rule = "position-echo";
        } else {
            holder = index.subject(clause, at[0]);
            rule = cue.kind() == StanceCues.Kind.LATE ? "position-late" : "position-stance-verb";
        }
        if (holder.isEmpty()) {
            return List.of();
        }
        Stance stance;
        List<Target> about;
        if (cue.kind() == StanceCues.Kind.ECHO) {
            Optional<Finding> echoed = previous.isEmpty() ? Optional.empty() : Optional.of(previous.get(previous.size() - 1));
            if (echoed.isEmpty() || echoed.get().holder().equals(holder.get())) {
                return List.of();
            }
            stance = echoed.get().stance();
            about = List.of(echoed.get().target());
        } else {
            stance = cue.stance().orElseThrow();
            if (cue.kind().isVerb() && negated(text, clause, at[0]) && stance != Stance.NEUTRAL) {
                // "did not support" opposes; "did not criticise the launch" is no support, only restraint
                stance = stance == Stance.SUPPORTS ? Stance.OPPOSES : Stance.NEUTRAL;
                rule = rule + "-negated";
            }
            about = cue.kind() == StanceCues.Kind.CREDIT && main.isPresent() ? List.of(new Target.OfPolicy(main.get()))
                    : cue.kind() == StanceCues.Kind.OBJECT ? targets.named(input, index, s, at)
                    : targets.of(index, input, s, at, main);
        }
        EntityKey who = holder.get();
        about = about.stream().filter(t -> !(t instanceof Target.OfEntity e && e.entity().equals(who))).toList();
        if (inQuote.isPresent()) {
            // "welcomed what he called "a long overdue decision"": the sentence's own stance already says it
            List<Target> sofar = about;
            if (previous.stream().anyMatch(f -> f.start() >= s.start() && sofar.contains(f.target()))) {
                return List.of();
            }
        }
        if (cue.kind() != StanceCues.Kind.LATE && lateInSentence(text, s)) {
            stance = Stance.SUPPORTS; // "criticized the decision as far too late": for its substance
        }
        Optional<Quotation> expressed = inQuote.or(() -> adjacentQuotation(input, s, who));
        int start = Math.min(clause, at[0]);
        while (start < at[0] && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        double confidence = targets.statesDecision(input, s) ? 0.8 : 0.65;
        List<Finding> out = new ArrayList<>();
        for (Target t : about) {
            double c = t instanceof Target.OfPolicy ? confidence : 0.65;
            out.add(new Finding(who, stance, t, text.substring(at[0], at[1]), start, at[1], expressed, rule, c));
        }
        return out;
    }

    /**
     * "Hungary did not block the decision ..., Prime Minister Viktor Orban told state radio": a
     * state's or institution's stance that a named person reports after it is that person's too.
     */
    private Optional<Finding> reportingSpeaker(ArticleIndex index, Sentence s, Finding f) {
        String text = index.text();
        Optional<ArticleIndex.M> holder = index.mentionsIn(f.start(), f.end()).stream()
                .filter(m -> m.key().equals(f.holder())).findFirst();
        if (holder.isEmpty() || holder.get().type() == EntityType.PERSON || f.quotation().isPresent()) {
            return Optional.empty();
        }
        int comma = text.indexOf(',', f.end());
        if (comma < 0 || comma >= s.end()) {
            return Optional.empty();
        }
        for (ArticleIndex.M m : index.mentionsIn(comma, s.end())) {
            if (m.type() == EntityType.PERSON && speech.isSpeechVerb(index.wordAfter(m.end()))
                    && onlyTitles(text.substring(comma + 1, m.start()))) {
                return Optional.of(f.withHolder(m.key(), "-reported-by"));
            }
        }
        return Optional.empty();
    }

    /** "Prime Minister", "the Hungarian leader": a title before a name, not a clause of its own (", while ..."). */
    private boolean onlyTitles(String words) {
        for (String w : words.trim().split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !speech.isTitleWord(w) && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "did not oppose the package, but said Rome would ask for guarantees": the neutral stance is
     * the holder's position on that decision in the sentence; the rest of it qualifies it.
     */
    private static List<Finding> absorbedByNeutral(ArticleIndex index, List<Finding> found) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            Optional<Sentence> s = index.sentenceAt(f.start());
            boolean absorbed = f.stance() != Stance.NEUTRAL && found.stream().anyMatch(n -> n.stance() == Stance.NEUTRAL
                    && n.holder().equals(f.holder()) && n.target().equals(f.target())
                    && index.sentenceAt(n.start()).equals(s));
            if (!absorbed) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The agent of a stance noun: named right after a cue that ends in "of" ("at the request of
     * Hegseth"), else after "from" or "by" ("criticism from Putin", "echoed by Klishas").
     */
    private static Optional<EntityKey> agentAfter(ArticleIndex index, StanceCues.Cue cue, int[] at, int to) {
        if (cue.pattern().phrase().endsWith(" of")) {
            return index.agentAfter(at[1], Math.max(at[1], Math.min(to, at[1] + 80)));
        }
        Matcher w = AGENT_PREPOSITION.matcher(index.text()).region(at[1], Math.max(at[1], to));
        if (!w.find()) {
            return Optional.empty();
        }
        return index.agentAfter(w.end(), Math.max(w.end(), Math.min(to, w.end() + 80)));
    }

    private boolean lightVerbBefore(String text, int clause, int noun) {
        int from = Math.max(clause, noun - 40);
        for (StanceCues.Cue light : stances.of(StanceCues.Kind.LIGHT)) {
            if (light.pattern().occursIn(text, from, noun)) {
                return true;
            }
        }
        return false;
    }

    private boolean lateInSentence(String text, Sentence s) {
        return stances.of(StanceCues.Kind.LATE).stream().anyMatch(c -> c.pattern().occursIn(text, s.start(), s.end()));
    }

    private static boolean negated(String text, int clause, int cue) {
        Matcher m = NEGATION.matcher(text.substring(Math.max(clause, cue - 25), cue));
        return m.find();
    }

    /** An -ing cue used as a noun: after a determiner or preposition, or a name ("with U.S. backing"). */
    private static boolean gerundAsNoun(ArticleIndex index, String text, int[] at) {
        if (!text.regionMatches(true, at[1] - 3, "ing", 0, 3)) {
            return false;
        }
        int e = at[0];
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String before = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        return NOUN_MARKERS.contains(before) || e > 0 && index.mentionAt(e - 1).isPresent();
    }

    /**
     * A partial quotation of a few words ("cautiously optimistic", "a reckless deal") is the
     * speaker's own verdict; a longer one has subjects of its own.
     */
    private static boolean isFragment(PositionInput input, Quotation q) {
        String words = input.article().document().cover(q.evidence().span()).trim();
        return q.speaker().isPresent() && !words.isEmpty() && words.split("\\s+").length <= FRAGMENT_WORDS;
    }

    private static Optional<Quotation> quotationAt(PositionInput input, List<int[]> quoted, int pos) {
        for (int i = 0; i < quoted.size(); i++) {
            if (quoted.get(i)[0] <= pos && pos < quoted.get(i)[1]) {
                return Optional.of(input.quotations().get(i));
            }
        }
        return Optional.empty();
    }

    /** A quotation by the holder in the same sentence or just after it: the words of the position. */
    private static Optional<Quotation> adjacentQuotation(PositionInput input, Sentence s, EntityKey holder) {
        Document doc = input.article().document();
        return input.quotations().stream()
                .filter(q -> q.speaker().map(holder::equals).orElse(false))
                .filter(q -> {
                    int b = doc.utf16(q.evidence().span().begin());
                    return b >= s.start() && b < s.end() + 3;
                })
                .findFirst();
    }
}
