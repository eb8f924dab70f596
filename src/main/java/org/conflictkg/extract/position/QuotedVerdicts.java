package org.conflictkg.extract.position;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.policy.CuePattern;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;

/**
 * Stances stated as a judgement rather than a stance verb. A quotation whose words judge
 * ("necessary and proportionate", "a blatant violation", "pure hypocrisy") gives its speaker's
 * stance on the decision of its sentence, else the article's main decision. So does reported
 * speech that judges a decision it names: "The Kremlin said Washington's decision ... would drag
 * the United States deeper into the war". The first verdict word decides; a negation just before
 * it reverses it ("not necessary"). Only where the speaker holds no stated position on that
 * decision yet. Stateless.
 */
final class QuotedVerdicts {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no|n['\u2019]t)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** How far after the speech verb the judged decision may be named ("said the new sanctions were"). */
    private static final int NAMED_WITHIN = 60;

    private final StanceCues stances;
    private final TargetResolver targets;

    QuotedVerdicts(StanceCues stances, TargetResolver targets) {
        this.stances = stances;
        this.targets = targets;
    }

    void addTo(ArticleIndex index, PositionInput input, Optional<PolicyKey> main, List<Finding> found) {
        quoted(index, input, main, found);
        reported(index, input, found);
    }

    private void quoted(ArticleIndex index, PositionInput input, Optional<PolicyKey> main, List<Finding> found) {
        Document doc = input.article().document();
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
            Optional<PolicyKey> target = targets.stated(input, s.get(), new int[] {s.get().start(), s.get().start()})
                    .or(() -> main);
            judge(doc.text(), q.speaker().get(), target, from, to, Optional.of(q), "position-quoted-verdict", found);
        }
    }

    /** "X said the decision would drag ... into the war": the speaker judges the decision named after the verb. */
    private void reported(ArticleIndex index, PositionInput input, List<Finding> found) {
        Document doc = input.article().document();
        String text = doc.text();
        for (Policy p : input.policies()) {
            int b = doc.utf16(p.evidence().span().begin());
            Optional<Sentence> s = index.sentenceAt(b);
            if (s.isEmpty() || input.article().layout().kindAt(s.get().start()) != Layout.Kind.BODY
                    || input.article().layout().insideQuotes(b)) {
                continue;
            }
            Optional<int[]> verb = speechVerbBefore(index, s.get(), b);
            if (verb.isEmpty() || negated(text, s.get().start(), verb.get()[0])
                    || text.substring(verb.get()[1], b).matches("(?s).*[,;:].*")) {
                continue; // "While the White House has not commented, this development ...": no judgement by it
            }
            int clause = index.clauseStart(s.get().start(), verb.get()[0]);
            Optional<EntityKey> speaker = index.subject(clause, verb.get()[0]);
            if (speaker.isEmpty()) {
                continue;
            }
            int end = Math.min(s.get().end(), doc.utf16(p.evidence().span().end()) + 120);
            judge(text, speaker.get(), Optional.of(p.key()), doc.utf16(p.evidence().span().end()), end,
                    Optional.empty(), "position-reported-verdict", found, clause);
        }
    }

    /** The speech verb a few words before a position ("said", "wrote on Telegram that"), if any. */
    private static Optional<int[]> speechVerbBefore(ArticleIndex index, Sentence s, int pos) {
        String text = index.text();
        Matcher w = Pattern.compile("[\\p{L}]+").matcher(text).region(Math.max(s.start(), pos - NAMED_WITHIN), pos);
        int[] last = null;
        while (w.find()) {
            if (index.lexicon().isSpeechVerb(w.group().toLowerCase(java.util.Locale.ROOT))
                    && index.mentionAt(w.start()).isEmpty()) {
                last = new int[] {w.start(), w.end()};
            }
        }
        return Optional.ofNullable(last);
    }

    private void judge(String text, EntityKey who, Optional<PolicyKey> target, int from, int to,
                       Optional<Quotation> q, String rule, List<Finding> found) {
        judge(text, who, target, from, to, q, rule, found, from);
    }

    private void judge(String text, EntityKey who, Optional<PolicyKey> target, int from, int to,
                       Optional<Quotation> q, String rule, List<Finding> found, int start) {
        if (target.isEmpty() || found.stream().anyMatch(f -> f.holder().equals(who)
                && f.target().equals(new Target.OfPolicy(target.get())))) {
            return;
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
            return;
        }
        Stance st = stance.get();
        if (negated(text, from, first.get()[0])) {
            st = st == Stance.SUPPORTS ? Stance.OPPOSES : st == Stance.OPPOSES ? Stance.SUPPORTS : st;
        }
        int end = q.isPresent() ? to : first.get()[1];
        found.add(new Finding(who, st, new Target.OfPolicy(target.get()), text.substring(first.get()[0], first.get()[1]),
                start, end, q, rule, 0.6));
    }

    static boolean negated(String text, int floor, int cue) {
        Matcher m = NEGATION.matcher(text.substring(Math.max(floor, cue - 25), cue));
        return m.find();
    }
}
