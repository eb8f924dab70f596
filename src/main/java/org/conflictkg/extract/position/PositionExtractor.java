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
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.policy.CuePattern;
import org.conflictkg.extract.policy.CueWords;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.policy.PolicyCues;
import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.extract.policy.PolicyStatus;
import org.conflictkg.text.Layout;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.extract.quote.SpeechLexicon;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;

/**
 * Stated positions: who supports, opposes or is neutral on what. A stance cue from the data file
 * ("criticized", "voiced criticism", "rejected accusations", "framed ... as a direct counter",
 * "overdue") gives the stance, reversed by a negation before a verb ("did not support"). The
 * holder is the subject of the cue's clause (names, titles, pronouns, institutions, collective
 * sources), or the agent after a stance noun ("criticism from Putin", "echoed by Klishas"). The
 * target is the decision stated in the sentence, else the article's main decision when the
 * sentence refers to a decision ("the policy shift", "this move") or the cue is about one, else an
 * actor named as the cue's object. Cues inside a quotation count only when they say the step came
 * late: the quotation's speaker then supports its substance. Stateless and thread-safe.
 */
public final class PositionExtractor implements Extractor<PositionInput, Position> {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no|n['\u2019]t)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);

    private final StanceCues stances;
    private final PolicyCues policyCues;
    private final SpeechLexicon speech;

    public PositionExtractor(StanceCues stances, PolicyCues policyCues, SpeechLexicon speech) {
        this.stances = stances;
        this.policyCues = policyCues;
        this.speech = speech;
    }

    private record Found(EntityKey holder, Stance stance, Target target, String cue, int start, int end,
                         Optional<Quotation> quotation, String rule, double confidence) {
    }

    @Override
    public List<Position> extract(PositionInput input) {
        ArticleIndex index = new ArticleIndex(input.article(), speech);
        Document doc = input.article().document();
        Optional<PolicyKey> main = mainPolicy(input.policies());
        List<int[]> quoted = new ArrayList<>();
        for (Quotation q : input.quotations()) {
            quoted.add(new int[] {doc.utf16(q.evidence().span().begin()), doc.utf16(q.evidence().span().end())});
        }
        List<Found> found = new ArrayList<>();
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
                    if (at[0] > 0 && doc.text().charAt(at[0] - 1) == '-' || cue.kind() == StanceCues.Kind.VERB
                            && gerundAsNoun(index, doc.text(), at)) {
                        continue; // "U.S.-backed deal", "with U.S. backing": no one's stance in the sentence
                    }
                    read(index, input, s, cue, at, quoted, main, found).ifPresent(f -> {
                        found.add(f);
                        coordinated(index, s, f).forEach(found::add);
                    });
                }
            }
        }
        verdicts(index, input, main, found);
        // one position per holder, stance and target in a sentence span; keep the first statement
        Map<String, Position> out = new LinkedHashMap<>();
        for (Found f : found) {
            String key = f.holder + " " + f.stance + " " + f.target + " " + f.start;
            out.putIfAbsent(key, new Position(f.holder, f.stance, f.target, f.cue,
                    f.quotation.map(q -> q.evidence().span()),
                    new Evidence(doc.span(f.start, f.end), f.rule, f.confidence)));
        }
        return out.values().stream().sorted(Comparator.comparing(p -> p.evidence().span())).toList();
    }

    private Optional<Found> read(ArticleIndex index, PositionInput input, Sentence s, StanceCues.Cue cue, int[] at,
                                 List<int[]> quoted, Optional<PolicyKey> main, List<Found> previous) {
        String text = index.text();
        Optional<Quotation> inQuote = quotationAt(input, index, quoted, at[0]);
        if (inQuote.isPresent() && cue.kind() != StanceCues.Kind.LATE
                && !(cue.kind() == StanceCues.Kind.VERB && isFragment(input, inQuote.get()))) {
            return Optional.empty(); // the quoted words' own subjects are someone else's business
        }
        int clause = index.clauseStart(s.start(), at[0]);
        Optional<EntityKey> holder;
        String rule;
        if (inQuote.isPresent()) {
            holder = inQuote.get().speaker();
            rule = cue.kind() == StanceCues.Kind.LATE ? "position-quoted-late" : "position-quoted-verdict";
        } else if (cue.kind() == StanceCues.Kind.NOUN) {
            holder = agentAfterPreposition(index, at[1], s.end());
            if (holder.isEmpty() && lightVerbBefore(text, clause, at[0])) {
                holder = index.subject(clause, at[0]);
            }
            rule = "position-stance-noun";
        } else if (cue.kind() == StanceCues.Kind.ECHO) {
            holder = agentAfterPreposition(index, at[1], s.end()).or(() -> index.subject(clause, at[0]));
            rule = "position-echo";
        } else {
            holder = index.subject(clause, at[0]);
            rule = cue.kind() == StanceCues.Kind.LATE ? "position-late" : "position-stance-verb";
        }
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Stance stance;
        Optional<Target> target;
        if (cue.kind() == StanceCues.Kind.ECHO) {
            Optional<Found> echoed = previous.isEmpty() ? Optional.empty() : Optional.of(previous.get(previous.size() - 1));
            if (echoed.isEmpty() || echoed.get().holder.equals(holder.get())) {
                return Optional.empty();
            }
            stance = echoed.get().stance;
            target = Optional.of(echoed.get().target);
        } else {
            stance = cue.stance().orElseThrow();
            if (cue.kind() == StanceCues.Kind.VERB && negated(text, clause, at[0]) && stance != Stance.NEUTRAL) {
                stance = stance == Stance.SUPPORTS ? Stance.OPPOSES : Stance.SUPPORTS;
                rule = rule + "-negated";
            }
            target = cue.kind() == StanceCues.Kind.CREDIT ? main.<Target>map(Target.OfPolicy::new)
                    .or(() -> target(index, input, s, at, main)) : target(index, input, s, at, main);
        }
        if (target.isEmpty() || target.get() instanceof Target.OfEntity e && e.entity().equals(holder.get())) {
            return Optional.empty();
        }
        if (cue.kind() != StanceCues.Kind.LATE && lateInSentence(text, s)) {
            stance = Stance.SUPPORTS; // "criticized the decision as far too late": for its substance
        }
        EntityKey who = holder.get();
        Optional<Quotation> expressed = inQuote.or(() -> adjacentQuotation(input, index, s, who));
        int start = Math.min(clause, at[0]);
        while (start < at[0] && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = at[1];
        double confidence = target.get() instanceof Target.OfPolicy && policyInSentence(input, index, s).isPresent() ? 0.8 : 0.65;
        return Optional.of(new Found(holder.get(), stance, target.get(), text.substring(at[0], at[1]),
                start, end, expressed, rule, confidence));
    }

    /**
     * The target: the decision stated in the sentence; else the article's main decision when the
     * sentence names a decision or a change of restrictions, or the cue is a stance on one; else
     * the actor right after a verb cue ("criticized Zelensky").
     */
    private Optional<Target> target(ArticleIndex index, PositionInput input, Sentence s, int[] at,
                                    Optional<PolicyKey> main) {
        Optional<PolicyKey> stated = policyInSentence(input, index, s);
        if (stated.isPresent()) {
            return stated.map(Target.OfPolicy::new);
        }
        String text = index.text();
        for (PolicyCues.Role role : List.of(PolicyCues.Role.REFERENCE, PolicyCues.Role.LIFT, PolicyCues.Role.PERMIT)) {
            for (PolicyCues.Cue c : policyCues.cues(role)) {
                if (main.isPresent() && c.pattern().occursIn(text, s.start(), s.end())) {
                    return main.map(Target.OfPolicy::new);
                }
            }
        }
        Optional<String> object = directObject(index, s, at);
        if (object.isPresent()) {
            Optional<ArticleIndex.M> named = index.mentionAt(text.indexOf(object.get(), at[1]))
                    .filter(m -> m.isActor() && !index.isPossessor(m) && m.kind() != MentionKind.DEMONYM)
                    .filter(m -> m.end() >= text.length() || text.charAt(m.end()) != '-'); // "the U.S.-backed deal"
            // a named object the lexicon does not know ("criticizes Israel") is not the decision either
            return named.map(m -> (Target) new Target.OfEntity(m.key()))
                    .or(() -> index.isPossessorAt(text.indexOf(object.get(), at[1]))
                            || text.startsWith("-", text.indexOf(object.get(), at[1]) + object.get().length())
                            ? main.map(Target.OfPolicy::new) : Optional.empty());
        }
        return main.map(Target.OfPolicy::new);
    }

    /** A capitalised word right after a verb cue (after "the" at most): its object is a name. */
    private static Optional<String> directObject(ArticleIndex index, Sentence s, int[] at) {
        String text = index.text();
        Matcher w = Pattern.compile("\\G\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.]*)").matcher(text).region(at[1], s.end());
        return w.find() ? Optional.of(w.group(1)) : Optional.empty();
    }

    private Optional<PolicyKey> policyInSentence(PositionInput input, ArticleIndex index, Sentence s) {
        Document doc = input.article().document();
        return input.policies().stream()
                .filter(p -> {
                    int b = doc.utf16(p.evidence().span().begin());
                    return b >= s.start() && b < s.end();
                })
                .map(Policy::key).findFirst();
    }

    /**
     * The decision stated most often in the article, not a dated earlier one; a decision with a
     * permitted actor or a decided measure before a proposal, a proposal when it is all there is.
     */
    private static Optional<PolicyKey> mainPolicy(List<Policy> policies) {
        Map<PolicyKey, Integer> counts = new LinkedHashMap<>();
        for (Policy p : policies) {
            if (p.date().isEmpty()) {
                int weight = p.status() == PolicyStatus.PROPOSED ? 1 : 100;
                counts.merge(p.key(), weight, Integer::sum);
            }
        }
        Optional<PolicyKey> best = Optional.empty();
        int most = 0;
        for (Map.Entry<PolicyKey, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = Optional.of(e.getKey());
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * "France, Germany and Britain issued a joint statement backing ...": every state or body of
     * a list that is the holder's clause subject holds the same position.
     */
    private static List<Found> coordinated(ArticleIndex index, Sentence s, Found f) {
        String text = index.text();
        int clause = index.clauseStart(s.start(), f.start);
        List<ArticleIndex.M> ms = index.mentionsIn(clause, f.end).stream().filter(ArticleIndex.M::isActor).toList();
        int at = -1;
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).key().equals(f.holder) && ms.get(i).kind() != MentionKind.DEMONYM) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (int dir : new int[] {-1, 1}) {
            for (int i = at; i + dir >= 0 && i + dir < ms.size(); i += dir) {
                ArticleIndex.M a = ms.get(Math.min(i, i + dir));
                ArticleIndex.M b = ms.get(Math.max(i, i + dir));
                String between = text.substring(a.end(), Math.max(a.end(), b.start())).trim();
                if (!LIST_JOINER.matcher(between).matches() || b.type() != a.type()
                        || index.isPossessor(ms.get(i + dir))) {
                    break;
                }
                EntityKey other = ms.get(i + dir).key();
                if (!other.equals(f.holder) && out.stream().noneMatch(o -> o.holder.equals(other))) {
                    out.add(new Found(other, f.stance, f.target, f.cue, f.start, f.end, Optional.empty(),
                            f.rule + "-coordinated", f.confidence));
                }
            }
        }
        return out;
    }

    private static final Pattern LIST_JOINER = Pattern.compile(",|and|, and|&");

    private Optional<EntityKey> agentAfterPreposition(ArticleIndex index, int from, int to) {
        Matcher w = Pattern.compile("\\G\\s+(from|by)\\b", Pattern.CASE_INSENSITIVE).matcher(index.text())
                .region(from, Math.max(from, to));
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

    /**
     * A quotation whose words judge ("necessary and proportionate", "a blatant violation") gives
     * its speaker's stance on the decision of its sentence, else the article's main decision, when
     * the speaker holds no stated position on it yet. The first verdict word decides; a negation
     * just before it reverses it ("not necessary").
     */
    private void verdicts(ArticleIndex index, PositionInput input, Optional<PolicyKey> main, List<Found> found) {
        Document doc = input.article().document();
        String text = doc.text();
        for (Quotation q : input.quotations()) {
            if (q.speaker().isEmpty()) {
                continue;
            }
            int from = doc.utf16(q.evidence().span().begin());
            int to = doc.utf16(q.evidence().span().end());
            Optional<Sentence> s = index.sentenceAt(from);
            if (s.isEmpty() || input.article().layout().kindAt(s.get().start()) != Layout.Kind.BODY) {
                continue;
            }
            Optional<PolicyKey> target = policyInSentence(input, index, s.get()).or(() -> main);
            EntityKey who = q.speaker().get();
            if (target.isEmpty() || found.stream().anyMatch(f -> f.holder.equals(who)
                    && f.target.equals(new Target.OfPolicy(target.get())))) {
                continue;
            }
            Optional<int[]> first = Optional.empty();
            Optional<Stance> stance = Optional.empty();
            for (StanceCues.Cue c : stances.verdictCandidates(CuePattern.wordsOf(text, from, to))) {
                for (int[] at : c.pattern().findAll(text, from, to)) {
                    if (first.isEmpty() || at[0] < first.get()[0]) {
                        first = Optional.of(at);
                        stance = c.stance();
                    }
                }
            }
            if (first.isEmpty() || stance.isEmpty()) {
                continue;
            }
            Stance st = stance.get();
            if (negated(text, from, first.get()[0])) {
                st = st == Stance.SUPPORTS ? Stance.OPPOSES : st == Stance.OPPOSES ? Stance.SUPPORTS : st;
            }
            found.add(new Found(who, st, new Target.OfPolicy(target.get()), text.substring(first.get()[0], first.get()[1]),
                    from, to, Optional.of(q), "position-quoted-verdict", 0.6));
        }
    }

    private static final Set<String> NOUN_MARKERS = Set.of("with", "without", "of", "the", "his", "her", "their",
            "its", "our", "my", "your", "a", "an");

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

    private static final int FRAGMENT_WORDS = 6;

    private static Optional<Quotation> quotationAt(PositionInput input, ArticleIndex index, List<int[]> quoted, int pos) {
        for (int i = 0; i < quoted.size(); i++) {
            if (quoted.get(i)[0] <= pos && pos < quoted.get(i)[1]) {
                return Optional.of(input.quotations().get(i));
            }
        }
        return Optional.empty();
    }

    /** A quotation by the holder in the same sentence or just after it: the words of the position. */
    private static Optional<Quotation> adjacentQuotation(PositionInput input, ArticleIndex index, Sentence s,
                                                         EntityKey holder) {
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
