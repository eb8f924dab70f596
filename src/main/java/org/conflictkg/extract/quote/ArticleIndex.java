package org.conflictkg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.text.Sentence;

/**
 * A per-article view for attribution: the mentions of a {@link ResolvedArticle} in UTF-16
 * offsets, and the clause-level questions the quotation, position and policy extractors all ask
 * ("who is the subject before this verb?", "who is named after it?", "who does 'he' refer to?").
 * Built once per article inside an extractor call; never shared between articles.
 *
 * <p>Whatever mentions resolution provides (names, titles, pronouns) win; where a clause has none,
 * a pronoun falls back to the last person named before it and two capitalised words to a minted
 * person key, so attribution still works with a bare lexicon.
 */
public final class ArticleIndex {

    /** A mention in UTF-16 offsets with the type of the entity it denotes. */
    public record M(int start, int end, EntityKey key, EntityType type, MentionKind kind) {
        public boolean isActor() {
            return type.isActor();
        }
    }

    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("on", "via");

    /** The word right before {@code pos} (lower case), or "" at the start. */
    private String wordBefore(int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    /** Pronouns that speak only where resolution attached them ("it said": an organisation). */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "it");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "though", "although", "while", "whereas",
            "yet", "however", "meanwhile");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private final ResolvedArticle article;
    private final String text;
    private final List<M> mentions;
    private final SpeechLexicon lexicon;
    private final MintedNames unknownNames;

    public ArticleIndex(ResolvedArticle article, SpeechLexicon lexicon) {
        this.article = article;
        this.text = article.document().text();
        this.lexicon = lexicon;
        List<M> ms = new ArrayList<>();
        for (EntityMention em : article.mentions()) {
            EntityType type = article.entity(em.entity()).map(e -> e.type()).orElse(em.mention().type());
            ms.add(new M(article.document().utf16(em.span().begin()), article.document().utf16(em.span().end()),
                    em.entity(), type, em.mention().kind()));
        }
        ms.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        this.mentions = List.copyOf(ms);
        this.unknownNames = new MintedNames(this);
    }

    public ResolvedArticle article() {
        return article;
    }

    public String text() {
        return text;
    }

    public SpeechLexicon lexicon() {
        return lexicon;
    }

    /** Mentions lying inside {@code [from, to)}, in text order. */
    public List<M> mentionsIn(int from, int to) {
        List<M> out = new ArrayList<>();
        for (int i = firstStartingAt(from); i < mentions.size() && mentions.get(i).start < to; i++) {
            M m = mentions.get(i);
            if (m.end <= to) {
                out.add(m);
            }
        }
        return out;
    }

    /** Index of the first mention starting at or after {@code pos} (mentions are in text order). */
    private int firstStartingAt(int pos) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The longest mention covering a UTF-16 offset. */
    public Optional<M> mentionAt(int pos) {
        M best = null;
        for (int i = Math.max(0, firstStartingAt(pos - 200)); i < mentions.size() && mentions.get(i).start <= pos; i++) {
            M m = mentions.get(i);
            if (m.start <= pos && pos < m.end && (best == null || m.end - m.start > best.end - best.start)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The sentence containing a UTF-16 offset (or the last one starting before it). */
    public Optional<Sentence> sentenceAt(int pos) {
        Sentence best = null;
        for (Sentence s : article.sentences()) {
            if (s.start() <= pos) {
                best = s;
            }
            if (s.start() <= pos && pos < s.end()) {
                return Optional.of(s);
            }
        }
        return Optional.ofNullable(best);
    }

    /** "Putin's" or "Russia’s" as a possessor of a following noun: not the subject itself. */
    public boolean isPossessor(M m) {
        int i = m.end;
        return i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                && (text.charAt(i + 1) == 's' || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** Whether the word at {@code pos} ends in a possessive ("Biden's decision"). */
    public boolean isPossessorAt(int pos) {
        Matcher w = WORD.matcher(text).region(Math.max(0, pos), text.length());
        if (!w.find() || w.start() != pos) {
            return false;
        }
        String word = w.group();
        return word.endsWith("'s") || word.endsWith("\u2019s") || mentionAt(pos).map(this::isPossessor).orElse(false);
    }

    /** The word following a mention, lower case ("" at the end). */
    public String wordAfter(int pos) {
        Matcher w = WORD.matcher(text).region(pos, Math.min(text.length(), pos + 40));
        if (!w.find() || !text.substring(pos, w.start()).isBlank()) {
            return "";
        }
        String word = w.group();
        while (word.endsWith(".") && !(word.length() > 2 && word.charAt(word.length() - 3) == '.')) {
            word = word.substring(0, word.length() - 1); // "territory." but keep "U.S."
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /**
     * Where the clause containing {@code pos} starts, not before {@code floor}: after a semicolon,
     * a colon, a closing quotation mark, or a conjunction that opens a new clause ("though", "but").
     * Commas do not end a clause: appositions ("X, an expert with Y, said") sit between commas.
     */
    public int clauseStart(int floor, int pos) {
        int i = pos;
        while (i > floor) {
            char c = text.charAt(i - 1);
            if (c == ';' || c == ':' || c == '\u201D' || c == '\n') {
                return i;
            }
            if (Character.isLetter(c) && (i - 1 == floor || !Character.isLetter(text.charAt(i - 2)))) {
                int e = i;
                while (e < pos && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (CLAUSE_WORDS.contains(text.substring(i - 1, e).toLowerCase(Locale.ROOT)) && i - 1 > floor) {
                    return e;
                }
            }
            i--;
        }
        return floor;
    }

    /**
     * The subject of the verb at {@code verb}, searched in the clause {@code [from, verb)}: a person
     * mention first (the first one: later ones sit in appositions), then any other actor. Possessors
     * ("Trump's camp"), demonyms and places are not subjects, except a demonym before a collective
     * noun ("Russian officials"). A relative "who" points at the mention before it; a pronoun with no
     * resolved mention falls back to the last person named before it.
     */
    public Optional<EntityKey> subject(int from, int verb) {
        if (from < 0 || verb <= from || verb > text.length()) {
            return Optional.empty();
        }
        String clause = text.substring(from, verb);
        Matcher who = Pattern.compile("\\b(?:who|which)\\b").matcher(clause);
        int whoAt = -1;
        while (who.find()) {
            whoAt = from + who.start();
        }
        if (whoAt >= 0 && mentionsIn(whoAt, verb).stream().noneMatch(this::subjectCandidate)) {
            return antecedentBefore(whoAt, Math.max(0, whoAt - 200));
        }
        List<M> candidates = mentionsIn(from, verb).stream().filter(this::subjectCandidate).toList();
        // the earliest person-like subject wins: a resolved person, a pronoun, an unknown name
        int best = Integer.MAX_VALUE;
        Optional<EntityKey> chosen = Optional.empty();
        Optional<M> person = candidates.stream().filter(m -> m.type == EntityType.PERSON).findFirst();
        if (person.isPresent()) {
            best = person.get().start;
            chosen = Optional.of(person.get().key);
        }
        int[] at = new int[1];
        Optional<EntityKey> pronoun = pronounIn(from, verb, at);
        if (pronoun.isPresent() && at[0] < best) {
            best = at[0];
            chosen = pronoun;
        }
        Optional<EntityKey> name = unknownNames.find(from, verb, at);
        if (name.isPresent() && at[0] < best) {
            best = at[0];
            chosen = name;
        }
        Optional<EntityKey> titled = titledPossessor(from, verb, at);
        if (titled.isPresent() && at[0] < best) {
            chosen = titled;
        }
        return chosen.or(() -> candidates.stream().findFirst().map(M::key));
    }

    /**
     * "Putin's spokesperson" with no resolved mention: the person last introduced with that title
     * before ("Kremlin spokesperson Dmitry Peskov"), when there is one.
     */
    private Optional<EntityKey> titledPossessor(int from, int to, int[] at) {
        for (M m : mentionsIn(from, to)) {
            if (!isPossessor(m)) {
                continue;
            }
            int afterS = m.end + 2;
            String title = wordAfter(Math.min(afterS, text.length()));
            if (!lexicon.isTitleWord(title)) {
                continue;
            }
            int pos = text.lastIndexOf(title, m.start);
            while (pos >= 0 && m.start - pos < 3000) {
                int nameFrom = pos + title.length();
                Optional<EntityKey> named = agentAfter(nameFrom, Math.min(text.length(), nameFrom + 40));
                if (named.isPresent() && !named.get().equals(m.key)) {
                    at[0] = m.start;
                    return named;
                }
                pos = pos == 0 ? -1 : text.lastIndexOf(title, pos - 1);
            }
        }
        return Optional.empty();
    }

    /** The first actor named in {@code [from, to)}, for "said X" and "criticism from X". */
    public Optional<EntityKey> agentAfter(int from, int to) {
        if (from < 0 || to <= from || to > text.length()) {
            return Optional.empty();
        }
        Optional<M> first = mentionsIn(from, to).stream().filter(this::subjectCandidate).findFirst();
        Optional<EntityKey> minted = unknownNames.find(from, to, new int[1]);
        if (first.isPresent() && minted.isPresent()) {
            Matcher n = MintedNames.NAME_PAIR.matcher(text).region(from, to);
            if (n.find() && n.start() < first.get().start) {
                return minted;
            }
        }
        if (first.isPresent()) {
            return Optional.of(first.get().key);
        }
        return minted.or(() -> pronounIn(from, to, new int[1]));
    }

    /**
     * The last person named before {@code pos} (within 1,500 characters), for pronouns: a resolved
     * person mention or, when later, an unknown two-word name.
     */
    public Optional<EntityKey> lastPersonBefore(int pos) {
        M last = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            M m = mentions.get(i);
            if (m.end <= pos && pos - m.end < 1500 && m.type == EntityType.PERSON && !isPossessor(m)) {
                last = m;
                break;
            }
        }
        int floor = Math.max(last == null ? 0 : last.end, pos - 1500);
        Optional<EntityKey> minted = Optional.empty();
        Matcher n = MintedNames.NAME_PAIR.matcher(text).region(Math.max(0, floor), pos);
        while (n.find()) {
            int[] at = new int[1];
            Optional<EntityKey> k = unknownNames.find(n.start(), n.end(), at);
            if (k.isPresent()) {
                minted = k;
            }
        }
        if (minted.isPresent()) {
            return minted;
        }
        return Optional.ofNullable(last).map(M::key);
    }

    private Optional<EntityKey> antecedentBefore(int pos, int floor) {
        List<M> before = mentionsIn(floor, pos);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (subjectCandidate(before.get(i))) {
                return Optional.of(before.get(i).key);
            }
        }
        return unknownNames.find(floor, pos, new int[1]);
    }

    private boolean subjectCandidate(M m) {
        if (m.type == EntityType.GROUP && mentionsIn(m.start, m.end).stream()
                .anyMatch(n -> n != m && n.kind == MentionKind.DEMONYM && lexicon.isHolderNoun(wordAfter(n.end)))) {
            return false; // "Russian officials" speak for Russia: the demonym is the holder
        }
        if (m.kind == MentionKind.PRONOUN || m.kind == MentionKind.DESCRIPTION) {
            return m.isActor();
        }
        if (m.kind == MentionKind.DEMONYM) {
            return lexicon.isHolderNoun(wordAfter(m.end));
        }
        if (m.type == EntityType.PERSON && isPossessor(m) && lexicon.isVoiceNoun(wordAfter(Math.min(text.length(), m.end + 2)))) {
            return true; // "Meloni's office said": the person speaks through the office
        }
        if (!m.isActor() || isPossessor(m) || MEDIUM_PREPOSITIONS.contains(wordBefore(m.start))) {
            return false; // "posted on Telegram", "via X": where words appeared, not who spoke
        }
        // "Kremlin spokesperson Dmitry Peskov": an organisation used as a title word is no subject
        return !(m.type != EntityType.PERSON && Character.isLetter(charAfterSpace(m.end))
                && Character.isLowerCase(charAfterSpace(m.end)) && lexicon.isTitleWord(wordAfter(m.end)));
    }

    private char charAfterSpace(int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }

    /** A personal pronoun in the range: its resolved mention, else the last person before it. */
    private Optional<EntityKey> pronounIn(int from, int to, int[] at) {
        if (from < 0 || to <= from || to > text.length()) {
            return Optional.empty();
        }
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            at[0] = w.start();
            if (PERSONAL_PRONOUNS.contains(word)) {
                Optional<M> resolved = mentionAt(w.start());
                if (resolved.isPresent() && resolved.get().isActor()) {
                    return Optional.of(resolved.get().key);
                }
                return lastPersonBefore(w.start());
            }
            if (PLURAL_PRONOUNS.contains(word)) {
                Optional<M> resolved = mentionAt(w.start());
                return resolved.filter(M::isActor).map(M::key);
            }
        }
        return Optional.empty();
    }

}
