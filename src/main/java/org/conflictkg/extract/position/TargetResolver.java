package org.conflictkg.extract.position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.policy.PolicyCues;
import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.extract.policy.PolicyStatus;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;

/**
 * What a stance is about. The decision its sentence states or names nearest after the cue (its
 * object: "condemned the Italian approval"), else the one stated before it in the sentence ("...
 * and called on the authorities to reverse it"); every decision a covering phrase names ("urged
 * the junta to reconsider both decisions", "welcomed the U.S. and EU steps"); the latest decision
 * of the kind a bare noun names ("did not support sanctions"); else the article's main decision
 * when the sentence speaks of a decision, or the actor named as the cue's object ("criticized
 * Zelensky"). Stateless.
 */
final class TargetResolver {

    private static final Pattern CAPITALISED_OBJECT = Pattern.compile("\\G\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.]*)");
    private static final Pattern ALL_OF = Pattern.compile(
            "\\b(?i:both|the two|the three|all three|all)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(\\p{L}+)");
    private static final Pattern EACH_OF = Pattern.compile(
            "\\bthe\\s+([\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?)\\s+and\\s+([\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?)\\s+(\\p{L}+)");
    private static final int REACH = 80;

    private final PolicyCues cues;

    TargetResolver(PolicyCues cues) {
        this.cues = cues;
    }

    /**
     * The decision stated most often in the article, not a dated earlier one; a decision with a
     * permitted actor or a decided measure before a proposal, a proposal when it is all there is.
     */
    static Optional<PolicyKey> main(List<Policy> policies) {
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

    /** The targets of the stance cue at {@code at}: one, or several for a covering phrase; none when unclear. */
    List<Target> of(ArticleIndex index, PositionInput input, Sentence s, int[] at, Optional<PolicyKey> main) {
        List<PolicyKey> covered = covering(index, input, s, at);
        if (covered.size() > 1) {
            return covered.stream().map(k -> (Target) new Target.OfPolicy(k)).toList();
        }
        Optional<PolicyKey> stated = stated(input, s, at);
        if (stated.isPresent()) {
            return List.of(new Target.OfPolicy(stated.get()));
        }
        Optional<PolicyKey> kind = ofNamedKind(index, input, s, at);
        if (kind.isPresent()) {
            return List.of(new Target.OfPolicy(kind.get()));
        }
        return fallback(index, s, at, main).stream().toList();
    }

    /**
     * Only the decisions the sentence itself names, for cues that say nothing of a decision by
     * themselves ("concerned about civilian casualties", "regretted the loss").
     */
    List<Target> named(PositionInput input, ArticleIndex index, Sentence s, int[] at) {
        List<PolicyKey> covered = covering(index, input, s, at);
        if (covered.size() > 1) {
            return covered.stream().map(k -> (Target) new Target.OfPolicy(k)).toList();
        }
        return stated(input, s, at).map(k -> List.of((Target) new Target.OfPolicy(k))).orElse(List.of());
    }

    /** Whether the sentence itself states or names a decision (a surer position than one inferred). */
    boolean statesDecision(PositionInput input, Sentence s) {
        return stated(input, s, new int[] {s.start(), s.start()}).isPresent();
    }

    /**
     * The decision stated in the sentence nearest after the cue, else the last one before it; for
     * a quotation ({@code at} spanning it) the first one in the sentence.
     */
    Optional<PolicyKey> stated(PositionInput input, Sentence s, int[] at) {
        Document doc = input.article().document();
        Policy after = null;
        Policy before = null;
        for (Policy p : input.policies()) {
            int b = doc.utf16(p.evidence().span().begin());
            if (b < s.start() || b >= s.end()) {
                continue;
            }
            if (b >= at[1] - 1 && (after == null || b < doc.utf16(after.evidence().span().begin()))) {
                after = p;
            } else if (b < at[1] && (before == null || b > doc.utf16(before.evidence().span().begin()))) {
                before = p;
            }
        }
        return Optional.ofNullable(after != null ? after : before).map(Policy::key);
    }

    /** "both decisions", "the two measures", "the U.S. and EU steps": every decision it covers. */
    private List<PolicyKey> covering(ArticleIndex index, PositionInput input, Sentence s, int[] at) {
        String text = index.text();
        int to = Math.min(s.end(), at[1] + REACH);
        Matcher all = ALL_OF.matcher(text).region(at[1], to);
        if (all.find() && cues.is(PolicyCues.Role.REFERENCE, all.group(1))) {
            return decisions(input, Set.of());
        }
        Matcher each = EACH_OF.matcher(text).region(at[1], to);
        if (each.find() && cues.is(PolicyCues.Role.REFERENCE, each.group(3))) {
            List<org.conflictkg.resolve.EntityKey> deciders = new ArrayList<>();
            for (ArticleIndex.M m : index.mentionsIn(each.start(), each.start(3))) {
                if (m.isActor()) {
                    deciders.add(cues.stateOf(m.key(), m.type() == org.conflictkg.lexicon.EntityType.COUNTRY)
                            .orElse(m.key()));
                }
            }
            List<PolicyKey> out = new ArrayList<>();
            for (Policy p : input.policies()) {
                if (p.decider().filter(deciders::contains).isPresent() && !out.contains(p.key()) && p.date().isEmpty()) {
                    out.add(p.key());
                }
            }
            return out;
        }
        return List.of();
    }

    private static List<PolicyKey> decisions(PositionInput input, Set<String> kinds) {
        List<PolicyKey> out = new ArrayList<>();
        for (Policy p : input.policies()) {
            if (p.date().isEmpty() && p.key().isOfKind(kinds) && !out.contains(p.key())) {
                out.add(p.key());
            }
        }
        return out;
    }

    /**
     * A bare noun after the cue that names a kind of decision ("did not support sanctions outside
     * the Security Council"): the decision of that kind named last before the cue, else the first.
     */
    private Optional<PolicyKey> ofNamedKind(ArticleIndex index, PositionInput input, Sentence s, int[] at) {
        String text = index.text();
        Document doc = input.article().document();
        for (PolicyCues.Cue c : cues.cues(PolicyCues.Role.REFERENCE)) {
            if (c.action().isEmpty() || !c.pattern().occursIn(text, at[1], Math.min(s.end(), at[1] + REACH))) {
                continue;
            }
            Set<String> kinds = Set.of(c.action().get().split("\\|"));
            Policy last = null;
            for (Policy p : input.policies()) {
                if (p.key().isOfKind(kinds) && p.date().isEmpty()
                        && (last == null || doc.utf16(p.evidence().span().begin()) < at[0])) {
                    last = p;
                }
            }
            if (last != null) {
                return Optional.of(last.key());
            }
        }
        return Optional.empty();
    }

    /**
     * No decision in the sentence: the main one when the sentence speaks of a decision or the cue
     * has no named object; the actor when a name is its object.
     */
    private Optional<Target> fallback(ArticleIndex index, Sentence s, int[] at, Optional<PolicyKey> main) {
        String text = index.text();
        for (PolicyCues.Role role : List.of(PolicyCues.Role.REFERENCE, PolicyCues.Role.LIFT, PolicyCues.Role.PERMIT)) {
            for (PolicyCues.Cue c : cues.cues(role)) {
                if (main.isPresent() && c.pattern().occursIn(text, s.start(), s.end())) {
                    return main.map(Target.OfPolicy::new);
                }
            }
        }
        Matcher w = CAPITALISED_OBJECT.matcher(text).region(at[1], s.end());
        if (w.find()) {
            int pos = w.start(1);
            Optional<ArticleIndex.M> named = index.mentionAt(pos)
                    .filter(m -> m.isActor() && !index.isPossessor(m) && m.kind() != MentionKind.DEMONYM)
                    .filter(m -> m.end() >= text.length() || text.charAt(m.end()) != '-'); // "the U.S.-backed deal"
            // a named object the lexicon does not know ("criticizes Israel") is not the decision either
            return named.map(m -> (Target) new Target.OfEntity(m.key()))
                    .or(() -> index.isPossessorAt(pos) || text.startsWith("-", w.end(1))
                            ? main.map(Target.OfPolicy::new) : Optional.empty());
        }
        return main.map(Target.OfPolicy::new);
    }
}
