package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;

/**
 * Definite noun phrases that name a decision the article states elsewhere ("the decision", "the
 * move", "Washington's decision to loosen the rules", "the broadcasting ban", "Japan's asset
 * freeze", "the 17-article treaty"), each resolved to one of the article's decisions: the reference
 * noun's kinds of decision ({@code policy-cues.tsv}, role {@code reference}: "ban" names a
 * suspension or a ban, "treaty" an agreement, "decision" any) and a decider named in the phrase
 * ("Japan's", "the U.S.", "the Italian") narrow the candidates; among them the decision stated
 * or referred to last before the phrase wins (the one the reader has in mind), else the first one
 * after it. A phrase nothing fits is left alone. Indefinite phrases ("a step toward war", "any
 * move") name no particular decision. Stateless.
 */
final class DecisionReferences {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "its", "their",
            "his", "her", "our");
    /** Words that end a noun phrase when walking back from its head: it cannot lie before them. */
    private static final Set<String> STOPS = Set.of("to", "of", "on", "in", "at", "for", "with", "by", "from", "and",
            "or", "but", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "will",
            "could", "should", "may", "might", "not", "it", "he", "she", "they", "we", "said", "says", "a", "an",
            "any", "another", "no", "such", "what", "which", "who", "than", "more", "only", "over", "about",
            "against", "after", "before", "since", "under", "into", "called", "calling");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> COVERING = Set.of("both", "two", "three", "all");
    /** What a reference is about: "the decision on the mission", "the order to expel its mission". */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "\\G\\s+(?:on|of|over|about|against|to)\\s+(?:(?:the|its|their|a|an)\\s+)?([\\p{L}-]+)(?:\\s+(?:the|its|their)?\\s*([\\p{L}-]+))?");
    private static final int MAX_MODIFIERS = 3;
    /** A generic reference ("the decision") within this many sentences of a decision's mention names it. */
    private static final int RECENT_SENTENCES = 2;
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    private final PolicyCues cues;
    private final FrameReader frames;

    DecisionReferences(PolicyCues cues, FrameReader frames) {
        this.cues = cues;
        this.frames = frames;
    }

    /**
     * The statements the article makes by reference, one per resolved phrase, keyed like the
     * decision it names; {@code decisions} are the article's stated decisions in text order.
     */
    List<Policy> find(ResolvedArticle article, ArticleIndex index, List<Policy> decisions) {
        List<Policy> out = new ArrayList<>();
        if (decisions.isEmpty()) {
            return out;
        }
        String text = index.text();
        List<Policy> seen = new ArrayList<>(decisions);
        for (Sentence s : article.sentences()) {
            if (article.layout().kindAt(s.start()) != Layout.Kind.BODY) {
                continue;
            }
            List<int[]> taken = new ArrayList<>();
            for (PolicyCues.Cue cue : cues.cues(PolicyCues.Role.REFERENCE)) {
                for (int[] at : cue.pattern().findAll(text, s.start(), s.end())) {
                    if (taken.stream().anyMatch(t -> t[0] < at[1] && at[0] < t[1])) {
                        continue;
                    }
                    Optional<Integer> start = phraseStart(index, s.start(), at[0]);
                    if (start.isEmpty() || isVerbUse(text, at)) {
                        continue;
                    }
                    taken.add(at);
                    Optional<Policy> named = resolve(index, cue, start.get(), at, seen);
                    named.ifPresent(p -> {
                        Policy ref = new Policy(p.key(), p.label(), p.decider(), p.permittedActor(), p.weapons(),
                                p.territory(), p.status(), p.date(), new Evidence(
                                article.document().span(start.get(), at[1]), "policy-reference", 0.6));
                        out.add(ref);
                        seen.add(ref);
                    });
                }
            }
        }
        return out;
    }

    /** A reference word followed by "up" or an object pronoun is a verb ("step up", "move it"). */
    private static boolean isVerbUse(String text, int[] at) {
        Matcher w = WORD.matcher(text).region(at[1], Math.min(text.length(), at[1] + 20));
        return w.find() && text.substring(at[1], w.start()).isBlank() && Set.of("up", "forward", "away")
                .contains(w.group().toLowerCase(Locale.ROOT));
    }

    /**
     * Where the definite phrase ending in the reference word starts: its determiner or possessor
     * ("the", "its", "Washington's"), over at most three modifiers ("the new", "the U.S.",
     * "the air-defence"). Empty when no determiner opens it.
     */
    private static Optional<Integer> phraseStart(ArticleIndex index, int floor, int head) {
        String text = index.text();
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(Math.max(floor, head - 120), head);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int modifiers = 0;
        int after = head;
        for (int i = words.size() - 1; i >= 0 && modifiers <= MAX_MODIFIERS; i--) {
            int[] word = words.get(i);
            if (word[1] > after || !text.substring(word[1], after).isBlank()) {
                return Optional.empty(); // punctuation between: not one phrase
            }
            String raw = text.substring(word[0], word[1]);
            String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (COVERING.contains(lower)) {
                return Optional.empty(); // "both decisions", "the two measures": not one decision
            }
            if (DETERMINERS.contains(lower)) {
                // "that bars arms exports": a demonstrative takes one modifier at most
                return DEMONSTRATIVES.contains(lower) && modifiers > 1 ? Optional.empty() : Optional.of(word[0]);
            }
            if (lower.endsWith("'s") || lower.endsWith("s'") || index.isPossessorAt(word[0])) {
                // "Washington's decision", "the group's decision"
                int start = index.mentionAt(word[0]).map(ArticleIndex.M::start).orElse(word[0]);
                Matcher the = THE_BEFORE.matcher(text.substring(Math.max(floor, start - 4), start));
                return Optional.of(the.find() ? start - (the.end() - the.start()) : start);
            }
            if (STOPS.contains(lower) || lower.endsWith("ed") && Character.isLowerCase(raw.charAt(0))
                    && !(i > 0 && DETERMINERS.contains(text.substring(words.get(i - 1)[0], words.get(i - 1)[1])
                    .toLowerCase(Locale.ROOT)))) {
                return Optional.empty();
            }
            modifiers++;
            after = word[0];
        }
        return Optional.empty();
    }

    /**
     * The decision a phrase names: one of the kinds its noun names, by the decider its modifiers
     * name if any; the one stated or referred to last before it, else the first after it.
     */
    private Optional<Policy> resolve(ArticleIndex index, PolicyCues.Cue cue, int start, int[] at, List<Policy> seen) {
        Set<String> kinds = cue.action().map(a -> Set.of(a.split("\\|"))).orElse(Set.of());
        List<EntityKey> named = new ArrayList<>();
        for (ArticleIndex.M m : index.mentionsIn(start, at[0])) {
            Optional<EntityKey> state = frames.stateOf(m);
            if (m.isActor() || state.isPresent()) { // "Tokyo's measures": a seat of power names its state
                named.add(state.orElse(m.key()));
            }
        }
        int here = index.article().document().span(start, start).begin();
        List<Policy> fitting = seen.stream().filter(p -> fits(p, kinds, named)).toList();
        Set<String> about = complement(index.text(), at[1]);
        if (!about.isEmpty()) {
            // the decision whose statements speak of what the phrase is about, if only some do
            Set<PolicyKey> speaking = new java.util.HashSet<>();
            for (Policy p : fitting) {
                Set<String> words = wordsOf(index.article().document().cover(p.evidence().span()));
                if (about.stream().anyMatch(words::contains)) {
                    speaking.add(p.key());
                }
            }
            if (!speaking.isEmpty()) {
                fitting = fitting.stream().filter(p -> speaking.contains(p.key())).toList();
            }
        }
        Policy before = null;
        Policy after = null;
        for (Policy p : fitting) {
            int b = p.evidence().span().begin();
            if (b < here && (before == null || b > before.evidence().span().begin())) {
                before = p;
            } else if (b > here && (after == null || b < after.evidence().span().begin())) {
                after = p;
            }
        }
        if (before != null && kinds.isEmpty() && named.isEmpty()
                && sentencesBetween(index, before.evidence().span().begin(), here) > RECENT_SENTENCES) {
            // "the decision" long after the last mention of any: the decision the article is about
            Policy last = before;
            return mostStated(fitting).or(() -> Optional.of(last));
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /** How many sentences lie between two code-point offsets (0 for the same sentence). */
    private static int sentencesBetween(ArticleIndex index, int from, int to) {
        ResolvedArticle a = index.article();
        int i = a.sentenceAt(from).map(Sentence::index).orElse(0);
        int j = a.sentenceAt(to).map(Sentence::index).orElse(i);
        return j - i;
    }

    private static Optional<Policy> mostStated(List<Policy> statements) {
        java.util.Map<PolicyKey, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<PolicyKey, Policy> last = new java.util.HashMap<>();
        for (Policy p : statements) {
            counts.merge(p.key(), 1, Integer::sum);
            last.put(p.key(), p);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> last.get(e.getKey()));
    }

    private static Set<String> complement(String text, int from) {
        Matcher m = COMPLEMENT.matcher(text).region(from, Math.min(text.length(), from + 60));
        Set<String> out = new java.util.HashSet<>();
        if (m.find()) {
            for (int g = 1; g <= 2; g++) {
                if (m.group(g) != null && m.group(g).length() > 3) {
                    out.add(m.group(g).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static Set<String> wordsOf(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            out.add(w.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean fits(Policy p, Set<String> kinds, List<EntityKey> named) {
        boolean kind = kinds.isEmpty() ? p.date().isEmpty() : p.key().isOfKind(kinds);
        return kind && (named.isEmpty() || p.decider().map(named::contains).orElse(false));
    }
}
