package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.Sentence;

/**
 * Reads decision statements out of one sentence as {@link Frame}s: a permission ("authorized
 * Ukraine to use U.S.-provided weapons for strikes on Russian territory", "easing restrictions on
 * how Ukraine can use U.S. long-range missiles") with its decider, permitted actor, weapon origin,
 * territory, status and date; or a proposal ("a proposal that would freeze the current
 * frontlines"). Slots the sentence does not fill stay empty; the extractor fills them from the
 * article. Stateless.
 */
final class FrameReader {

    /** What one sentence says about one decision. Offsets are UTF-16. */
    record Frame(Kind kind, int start, int end, Optional<EntityKey> decider, Optional<EntityKey> actor,
                 Optional<EntityKey> origin, Optional<EntityKey> territory, List<EntityKey> weapons,
                 PolicyStatus status, Optional<String> period, Optional<String> action, String rule,
                 boolean use) {
    }

    enum Kind { PERMISSION, PROPOSAL, ACT }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "am");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    static final Pattern DATE = Pattern.compile("\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Dd]uring|[Bb]y)\\s+"
            + "(?:early\\s+|late\\s+|mid-)?(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)\\b(?:\\s+\\d{1,2}\\b)?(?:,?\\s+(\\d{4})\\b)?");
    static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s+(?:but|while|although|though|yet|whereas|as(?!\\s+well)|because|after|when)\\b|\\s+but\\s+");
    /** How many words after a permission cue the permitted actor may come ("for Ukraine", "on how Ukraine"). */
    private static final int ACTOR_REACH = 6;
    private static final int WINDOW = 260;

    private final PolicyCues cues;
    private final ActReader acts;

    FrameReader(PolicyCues cues) {
        this.cues = cues;
        this.acts = new ActReader(cues, this);
    }

    List<Frame> read(ArticleIndex index, Sentence sentence) {
        List<Frame> out = new ArrayList<>();
        List<Object[]> measures = new ArrayList<>();
        String text = index.text();
        CueWords words = CuePattern.wordsOf(text, sentence.start(), sentence.end());
        for (PolicyCues.Cue cue : cues.frameCandidates(words)) {
            for (int[] m : cue.pattern().findAll(words)) {
                if (cue.role() == PolicyCues.Role.PROPOSAL) {
                    proposal(index, sentence, m).ifPresent(out::add);
                } else if (cue.role() == PolicyCues.Role.ACT) {
                    int[] cueAt = m;
                    acts.read(index, sentence, cue, m).ifPresent(f -> measures.add(new Object[] {f, cueAt}));
                } else {
                    permission(index, sentence, cue, m).ifPresent(out::add);
                }
            }
        }
        for (Object[] a : measures) {
            if (measures.stream().noneMatch(b -> b != a && covers(text, a, b))) {
                out.add((Frame) a[0]);
            }
        }
        return out;
    }

    /**
     * Whether measure {@code b} makes {@code a} redundant: its cue is a shorter part of a's cue
     * ("approved legislation" within "approved legislation that would impose tariffs"), or a's cue
     * lies inside b's statement after b's own cue (the bill's content is not another decision).
     */
    private static boolean covers(String text, Object[] a, Object[] b) {
        int[] ca = (int[]) a[1];
        int[] cb = (int[]) b[1];
        Frame fb = (Frame) b[0];
        boolean inside = cb[0] >= ca[0] && cb[1] <= ca[1] && cb[1] - cb[0] < ca[1] - ca[0];
        return inside || cb[0] < ca[0] && ca[0] < Math.max(fb.end(), cb[1]) || cb[1] <= ca[0] && participle(text, ca);
    }

    /**
     * An act worded as a participle ("..., freezing any assets they hold") after another act of
     * its sentence spells out that act; it is no decision of its own ("is freezing" is a verb).
     */
    private static boolean participle(String text, int[] cue) {
        Matcher w = WORD.matcher(text).region(cue[0], cue[1]);
        return w.find() && w.group().toLowerCase(Locale.ROOT).endsWith("ing")
                && !AUXILIARIES.contains(wordBefore(text, cue[0]));
    }

    private Optional<Frame> permission(ArticleIndex index, Sentence s, PolicyCues.Cue cue, int[] at) {
        String text = index.text();
        int windowEnd = clauseEnd(text, at[1], Math.min(s.end(), at[1] + WINDOW));
        List<ArticleIndex.M> states = index.mentionsIn(at[1], windowEnd).stream()
                .filter(m -> stateOf(m).isPresent()).toList();
        // the permitted actor comes right after the cue ("authorized Ukraine", "nod to Kyiv")
        Optional<ArticleIndex.M> actor = states.stream().filter(m -> wordsBetween(text, at[1], m.start()) <= ACTOR_REACH)
                .filter(m -> !modifiesWeapon(text, m)).findFirst();
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        int from = actor.get().end();
        int end = actor.get().end();
        Optional<EntityKey> origin = Optional.empty();
        Optional<EntityKey> territory = Optional.empty();
        List<EntityKey> weapons = new ArrayList<>();
        boolean weaponOrStrike = false;
        boolean use = false;
        // weapons may come before the actor ("the delivery of tanks to Ukraine"), their origin after it
        String beforeActor = wordBefore(text, actor.get().start());
        boolean recipient = beforeActor.equals("to") || beforeActor.equals("for");
        boolean indirectObject = cue.role() == PolicyCues.Role.SUPPLY && wordsBetween(text, at[1], actor.get().start()) == 0
                && !index.isPossessor(actor.get()); // "send Ukraine seven more systems"
        if (cue.role() == PolicyCues.Role.SUPPLY && (!recipient && !indirectObject || at[0] > 0 && text.charAt(at[0] - 1) == '-')) {
            return Optional.empty(); // "U.S.-supplied missiles" is an origin; a supply needs "to X"
        }
        Matcher w = WORD.matcher(text).region(recipient ? at[1] : from, windowEnd);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (cues.is(PolicyCues.Role.WEAPON, word)) {
                weaponOrStrike = true;
                end = Math.max(end, w.end());
                if (origin.isEmpty() && w.start() >= from) {
                    origin = lastStateWithin(index, from, w.start(), 4);
                }
            } else if (cues.is(PolicyCues.Role.STRIKE, word)) {
                weaponOrStrike = true;
                use = true;
                end = Math.max(end, w.end());
            } else if (cues.is(PolicyCues.Role.USE, word)) {
                use = true;
            }
        }
        for (ArticleIndex.M m : index.mentionsIn(from, windowEnd)) {
            if (m.type() == EntityType.WEAPON_SYSTEM && !weapons.contains(m.key())) {
                weapons.add(m.key());
                weaponOrStrike = true;
                end = Math.max(end, m.end());
            }
            Optional<EntityKey> st = stateOf(m);
            if (territory.isEmpty() && st.isPresent() && !st.equals(stateOf(actor.get())) && isPlace(index, m)) {
                territory = st;
                String after = index.wordAfter(m.end());
                end = Math.max(end, cues.is(PolicyCues.Role.TERRITORY, after) ? m.end() + 1 + after.length() : m.end());
            }
        }
        if (!weaponOrStrike) {
            return Optional.empty();
        }
        int clauseFloor = deciderFloor(index, s, at[0]);
        Optional<ArticleIndex.M> deciderMention = lastState(index, clauseFloor, at[0]);
        if (deciderMention.isEmpty() && pronounAt(text, clauseFloor, at[0])) {
            // "Germany said it would send": the pronoun after the speech verb is the speaker
            deciderMention = lastState(index, index.clauseStart(s.start(), at[0]), clauseFloor);
        }
        if (deciderMention.isEmpty()) {
            // "NATO leaders agreed to send": an alliance or a bloc decides for its members
            deciderMention = index.mentionsIn(clauseFloor, at[0]).stream()
                    .filter(m -> m.type() == EntityType.ORGANIZATION && !index.isPossessor(m)).reduce((a, b) -> b);
        }
        Optional<EntityKey> decider = deciderMention.map(m -> stateOf(m).orElse(m.key()))
                .filter(d -> !d.equals(stateOf(actor.get()).orElseThrow()));
        PolicyStatus status = status(text, s.start(), windowEnd, at, cue);
        Matcher date = DATE.matcher(text).region(s.start(), at[0]);
        Optional<String> period = Optional.empty();
        int start = deciderMention.filter(m -> decider.isPresent()).map(m -> npStart(text, s.start(), m.start()))
                .orElse(at[0]);
        if (status == PolicyStatus.AUTHORISED && date.find()) {
            int month = MONTHS.indexOf(date.group(1).toLowerCase(Locale.ROOT)) + 1;
            period = Optional.of(date.group(2) != null ? date.group(2) + "-" + String.format("%02d", month)
                    : String.format("--%02d", month));
            start = Math.min(start, date.start());
        }
        return Optional.of(new Frame(Kind.PERMISSION, start, Math.max(end, at[1]), decider,
                stateOf(actor.get()), origin, territory, weapons, status, period, Optional.empty(),
                cue.role() == PolicyCues.Role.LIFT ? "policy-lifted-restriction"
                        : cue.role() == PolicyCues.Role.SUPPLY ? "policy-supply" : "policy-permission",
                cue.role() != PolicyCues.Role.SUPPLY && (use || territory.isPresent())));
    }

    private Optional<Frame> proposal(ArticleIndex index, Sentence s, int[] at) {
        String text = index.text();
        int to = clauseEnd(text, at[1], Math.min(s.end(), at[1] + 120));
        // the measure may also stand before the cue: "a three-phase ceasefire proposal"
        int before = modifierStart(text, s.start(), at[0]);
        for (PolicyCues.Cue measure : cues.cues(PolicyCues.Role.MEASURE)) {
            List<int[]> found = measure.pattern().findAll(text, before, to);
            if (found.isEmpty() || measure.action().isEmpty()) {
                continue;
            }
            int proposerTo = Math.min(at[0], found.get(0)[0]);
            Optional<EntityKey> proposer = index.mentionsIn(s.start(), proposerTo).stream()
                    .filter(m -> m.isActor() && m.kind() != MentionKind.DEMONYM).reduce((a, b) -> b).map(ArticleIndex.M::key);
            int end = found.get(0)[1];
            Matcher by = PRESENTED_BY.matcher(text).region(at[1], to);
            if (by.find()) {
                Optional<ArticleIndex.M> agent = index.mentionsIn(by.end(), to).stream()
                        .filter(m -> m.isActor() && wordsBetween(text, by.end(), m.start()) <= 1).findFirst();
                if (agent.isPresent()) {
                    proposer = agent.map(ArticleIndex.M::key);
                    end = Math.max(end, agent.get().end());
                    // "presented by the United States, Egypt and Qatar": the anchor runs over the list
                    for (ArticleIndex.M m : index.mentionsIn(agent.get().end(), to)) {
                        if (!m.isActor() || wordsBetween(text, end, m.start()) > 1) {
                            break;
                        }
                        end = m.end();
                    }
                }
            }
            proposer = proposer.map(p -> index.mentionsIn(s.start(), to).stream().filter(m -> m.key().equals(p))
                    .findFirst().flatMap(this::stateOf).orElse(p));
            int start = Math.min(at[0], before);
            int art = text.lastIndexOf(' ', Math.max(s.start(), start - 2)) + 1;
            start = art >= s.start() && art < start && isArticle(text.substring(art, start).trim()) ? art : start;
            return Optional.of(new Frame(Kind.PROPOSAL, start, Math.max(end, at[1]), proposer, Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), PolicyStatus.PROPOSED, Optional.empty(),
                    measure.action(), "policy-proposal", false));
        }
        return Optional.empty();
    }

    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\G[\\s,]*(?:it|they|we)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the words after a speech verb start with a subject pronoun ("said it would"). */
    static boolean pronounAt(String text, int from, int to) {
        return from < to && SUBJECT_PRONOUN.matcher(text).region(from, to).find();
    }

    /** "American weapons", "U.S.-provided missiles": the weapons' origin, not who may use them. */
    private boolean modifiesWeapon(String text, ArticleIndex.M m) {
        char next = m.end() < text.length() ? text.charAt(m.end()) : ' ';
        if (next == '\'' || next == '\u2019') {
            return false; // "Ukraine's missile usage": a possessor uses, it does not supply
        }
        Matcher w = WORD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
        for (int n = 0; n < 3 && w.find(); n++) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (cues.is(PolicyCues.Role.WEAPON, word)) {
                return true;
            }
            if (word.equals("to") || word.equals("use")) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern PRESENTED_BY = Pattern.compile(
            "\\b(?:presented|put forward|drafted|brokered|tabled|submitted|offered|proposed|floated|unveiled)\\s+by\\b");

    /** Where the modifiers before a noun start: back over up to three lower-case words, not past the sentence. */
    private static int modifierStart(String text, int floor, int noun) {
        int start = noun;
        int i = noun;
        for (int n = 0; n < 3; n++) {
            int e = i;
            while (e > floor && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > floor && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
                b--;
            }
            if (b == e || !Character.isLowerCase(text.charAt(b)) && !Character.isDigit(text.charAt(b)) || isArticle(text.substring(b, e))) {
                break;
            }
            start = b;
            i = b;
        }
        return start;
    }

    private static boolean isArticle(String w) {
        return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an") || w.equalsIgnoreCase("the");
    }

    /** The status the sentence gives: a discussion cue before or around the permission wins. */
    PolicyStatus status(String text, int from, int to, int[] at, PolicyCues.Cue cue) {
        for (PolicyCues.Cue d : cues.cues(PolicyCues.Role.DISCUSS)) {
            for (int[] m : d.pattern().findAll(text, from, to)) {
                if (m[0] <= at[1] && d.status().isPresent()) {
                    return d.status().get();
                }
            }
        }
        return cue.status().orElse(PolicyStatus.AUTHORISED);
    }

    /** Where the decider may be named: after a "that" or a speech verb ("Putin said that allowing ..."). */
    static int deciderFloor(ArticleIndex index, Sentence s, int cue) {
        String text = index.text();
        int floor = index.clauseStart(Dateline.end(text, s), cue);
        Matcher w = WORD.matcher(text).region(floor, cue);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (word.equals("that") || index.lexicon().isSpeechVerb(word) && index.mentionAt(w.start()).isEmpty()) {
                floor = w.end();
            }
        }
        return floor;
    }

    private Optional<ArticleIndex.M> lastState(ArticleIndex index, int from, int to) {
        return index.mentionsIn(from, to).stream().filter(m -> stateOf(m).isPresent()).reduce((a, b) -> b);
    }

    private Optional<EntityKey> lastStateWithin(ArticleIndex index, int from, int to, int maxWords) {
        return lastState(index, from, to).filter(m -> wordsBetween(index.text(), m.end(), to) <= maxWords)
                .flatMap(this::stateOf);
    }

    /** A state as the place of strikes: after a locative or strike word, or before "territory". */
    private boolean isPlace(ArticleIndex index, ArticleIndex.M m) {
        if (cues.is(PolicyCues.Role.TERRITORY, index.wordAfter(m.end()))) {
            return true;
        }
        String before = wordBefore(index.text(), m.start());
        return cues.is(PolicyCues.Role.LOCATIVE, before) || cues.is(PolicyCues.Role.STRIKE, before);
    }

    Optional<EntityKey> stateOf(ArticleIndex.M m) {
        return cues.stateOf(m.key(), m.type() == EntityType.COUNTRY);
    }

    static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static int wordsBetween(String text, int from, int to) {
        if (to <= from) {
            return 0;
        }
        Matcher w = WORD.matcher(text).region(from, to);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }

    /** A permission's reach ends at a clause break: ", but", ";", " while ". */
    static int clauseEnd(String text, int from, int to) {
        Matcher m = CLAUSE_END.matcher(text).region(from, to);
        return m.find() ? m.start() : to;
    }

    /** The start of the noun phrase holding a decider: back over "The", titles and names. */
    static int npStart(String text, int floor, int mentionStart) {
        int i = mentionStart;
        while (i > floor) {
            int e = i;
            while (e > floor && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > floor && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
                b--;
            }
            if (b == e) {
                break;
            }
            String w = text.substring(b, e);
            if (Character.isUpperCase(w.charAt(0)) || isArticle(w)) {
                i = b;
                if (isArticle(w)) {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }
}
