package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.Sentence;

/**
 * Reads decisions that are themselves the measure ("The United States imposed sanctions on X",
 * "the Senate passed the bill", "U.S. and British forces struck targets across Yemen", "said it
 * had added three companies to its entity list") as {@link FrameReader.Frame}s of kind ACT: the
 * decider is the clause's subject (the state it acts for when one is known: "China's Commerce
 * Ministry" decides for China; the speaker when a pronoun follows a speech verb: "Germany said it
 * would"), the target the first actor or country after the cue (a country after a locative is the
 * territory), the action the cue's slug. Stateless.
 */
final class ActReader {

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final int WINDOW = 160;
    private static final Set<String> NOMINAL = Set.of("the", "a", "an", "its", "their");
    private static final Pattern REFUSAL = Pattern.compile(
            "(?i)\\b(?:not|never|n['\u2019]t|refused|refuses|refusing|declined|declines|failed|fails)\\s+(?:to\\s+)?(?:(?!only\\b)\\w+\\s+)?$");
    private static final Set<String> PLACE = Set.of("at", "off", "near", "outside", "toward", "towards");
    private static final Set<String> AFTER_OBJECT = Set.of("said", "says", "according", "told", "reported");
    private static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "was", "were", "get", "got");

    private final PolicyCues cues;
    private final FrameReader frames;

    ActReader(PolicyCues cues, FrameReader frames) {
        this.cues = cues;
        this.frames = frames;
    }

    Optional<FrameReader.Frame> read(ArticleIndex index, Sentence s, PolicyCues.Cue cue, int[] at) {
        if (cue.action().isEmpty()) {
            return Optional.empty();
        }
        String text = index.text();
        if (PASSIVE.contains(FrameReader.wordBefore(text, at[0]))) {
            return Optional.empty(); // "casinos will be banned": the subject is the target, the decider unsaid
        }
        if (NOMINAL.contains(FrameReader.wordBefore(text, at[0])) || REFUSAL.matcher(text.substring(
                Math.max(s.start(), at[0] - 40), at[0])).find()) {
            return Optional.empty(); // "the signing of the treaty" names it; "refused to sign" is no act
        }
        if (FrameReader.wordBefore(text, at[0]).equals("to")
                && cues.is(PolicyCues.Role.REFERENCE, FrameReader.wordBefore(text, text.lastIndexOf("to", at[0])))) {
            return Optional.empty(); // "the order to expel its mission" names a decision stated elsewhere
        }
        Optional<ArticleIndex.M> deciderMention = decider(index, s, at[0]);
        if (deciderMention.isEmpty()) {
            return Optional.empty(); // "the sanctions" with nobody deciding them is a reference, not a decision
        }
        EntityKey decider = frames.stateOf(deciderMention.get()).orElse(deciderMention.get().key());
        int windowEnd = FrameReader.clauseEnd(text, at[1], Math.min(s.end(), at[1] + WINDOW));
        Optional<EntityKey> target = Optional.empty();
        Optional<EntityKey> territory = Optional.empty();
        List<EntityKey> weapons = new ArrayList<>();
        int end = at[1];
        Optional<ArticleIndex.M> possessed = Optional.empty();
        // the object may stand inside the cue's gap ("expels EU military mission")
        for (ArticleIndex.M m : index.mentionsIn(firstWordEnd(text, at), windowEnd)) {
            if (AFTER_OBJECT.contains(FrameReader.wordBefore(text, m.start()))) {
                break; // "said ...", "according to ...": the attribution, no longer the act
            }
            if (PLACE.contains(prepositionBefore(text, m.start()))) {
                continue; // "signed at the White House", "into the sea off Japan": where, not whom
            }
            if (m.type() == EntityType.WEAPON_SYSTEM) {
                if (!weapons.contains(m.key())) {
                    weapons.add(m.key());
                }
                continue;
            }
            Optional<EntityKey> st = frames.stateOf(m);
            if (territory.isEmpty() && m.type() == EntityType.COUNTRY && !st.equals(Optional.of(decider))
                    && cues.is(PolicyCues.Role.LOCATIVE, FrameReader.wordBefore(text, m.start()))) {
                territory = st;
                end = Math.max(end, m.end());
            } else if (target.isEmpty() && m.isActor() && !m.key().equals(decider) && !st.equals(Optional.of(decider))) {
                if (!index.isPossessor(m)) {
                    target = Optional.of(m.key());
                    end = Math.max(end, m.end());
                } else if (possessed.isEmpty()) {
                    possessed = Optional.of(m);
                }
            }
        }
        if (target.isEmpty() && territory.isEmpty()) {
            // "suspended the BBC's broadcasts": whose thing the measure hits; else the other party
            // of a joint act ("A and B signed a peace agreement")
            target = possessed.map(ArticleIndex.M::key).or(() -> partner(index, deciderMention.get(), at[0], decider));
            end = Math.max(end, possessed.map(ArticleIndex.M::end).orElse(end));
        }
        int start = FrameReader.npStart(text, s.start(), deciderMention.get().start());
        if (start > at[0] || at[0] - start > 120) {
            start = at[0];
        }
        PolicyStatus status = frames.status(text, s.start(), windowEnd, at, cue);
        Optional<String> period = Optional.empty();
        Matcher date = FrameReader.DATE.matcher(text).region(s.start(), s.end());
        if (status == PolicyStatus.AUTHORISED && date.find()) {
            int month = FrameReader.MONTHS.indexOf(date.group(1).toLowerCase(Locale.ROOT)) + 1;
            period = Optional.of(date.group(2) != null ? date.group(2) + "-" + String.format("%02d", month)
                    : String.format("--%02d", month));
        }
        return Optional.of(new FrameReader.Frame(FrameReader.Kind.ACT, start, end, Optional.of(decider), target,
                Optional.empty(), territory, weapons, status, period, cue.action(), "policy-act", false));
    }

    /** "A and B signed": the actor coordinated with the decider before the cue, as the other party. */
    private Optional<EntityKey> partner(ArticleIndex index, ArticleIndex.M decider, int cue, EntityKey deciderKey) {
        String text = index.text();
        for (ArticleIndex.M m : index.mentionsIn(decider.end(), cue)) {
            if (m.isActor() && !index.isPossessor(m) && FrameReader.wordBefore(text, m.start()).equals("and")
                    && !text.substring(decider.end(), m.start()).contains(",")) {
                EntityKey k = frames.stateOf(m).orElse(m.key());
                return k.equals(deciderKey) ? Optional.empty() : Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The word before a mention, over a "the" ("at the White House"). */
    private static String prepositionBefore(String text, int pos) {
        String w = FrameReader.wordBefore(text, pos);
        return w.equals("the") ? FrameReader.wordBefore(text, text.lastIndexOf(' ', pos - 2)) : w;
    }

    private static int firstWordEnd(String text, int[] at) {
        Matcher w = WORD.matcher(text).region(at[0], at[1]);
        return w.find() ? w.end() : at[1];
    }

    /**
     * The clause's subject before the cue: the first actor after a "that" or speech verb, else,
     * when a pronoun stands there ("said it had added"), the first actor before the speech verb.
     */
    private Optional<ArticleIndex.M> decider(ArticleIndex index, Sentence s, int cue) {
        int clause = index.clauseStart(Dateline.end(index.text(), s), cue);
        int floor = FrameReader.deciderFloor(index, s, cue);
        Matcher w = WORD.matcher(index.text()).region(clause, cue);
        String previous = "";
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (SUBJECT_PRONOUNS.contains(word) && (previous.equals("that") || index.lexicon().isSpeechVerb(previous))) {
                return firstActor(index, clause, w.start()); // "X said it had added": the speaker decides
            }
            previous = word;
        }
        Optional<ArticleIndex.M> after = firstActor(index, floor, cue);
        if (after.isEmpty() && floor > clause) {
            // "announced that the group would resume": a definite description of the speaker's side
            Matcher d = WORD.matcher(index.text()).region(floor, cue);
            if (d.find() && d.group().equalsIgnoreCase("the")) {
                return firstActor(index, clause, floor);
            }
        }
        return after;
    }

    private static Optional<ArticleIndex.M> firstActor(ArticleIndex index, int from, int to) {
        return index.mentionsIn(from, to).stream()
                .filter(ArticleIndex.M::isActor)
                .findFirst();
    }
}
