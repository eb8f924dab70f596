package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.Title;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Words;
import org.conflictkg.text.Words.Word;

/**
 * Finds people and organisations the lexicon does not know, from the words around a capitalised
 * name in story text: a title before it ("Kremlin spokesperson Dmitry Peskov"), an apposition
 * after it ("Andrei Klishas, a senior Russian lawmaker"), a speech verb ("Alex Plitsas said",
 * "..., remarked Alex Plitsas"), an organisation head word ("Atlantic Council", "Biden
 * administration") or a source cue ("according to NewsNation"). A name needs one of these: a
 * capitalised word alone proves nothing (headlines, sentence starts). Then every later use of a
 * found name, and of a person's surname, is a mention too. Stateless.
 */
public final class NamePatternExtractor implements Extractor<MentionInput, Mention> {

    private static final int MAX_NAME_WORDS = 5;
    private static final int APPOSITION_WINDOW = 8;

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "whose", "whom", "that");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    private final Cues cues;
    private final SourceCueReader sources;
    private final java.util.Set<String> placeHeads;
    private final DescribedNames described = new DescribedNames();
    private final OrgNames orgs;

    public NamePatternExtractor(Cues cues) {
        this.cues = cues;
        this.sources = new SourceCueReader(cues);
        this.orgs = new OrgNames(cues);
        this.placeHeads = org.conflictkg.lexicon.TsvTable.read("/lexicon/place-heads.tsv").rows().stream()
                .map(r -> r.get("word")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Mention> extract(MentionInput in) {
        Document doc = in.document();
        WordContext ctx = new WordContext(cues, in.known(), KnownIndex.of(doc, in.known()), in.sentences());
        Map<Integer, Mention> found = new LinkedHashMap<>();
        for (Sentence s : in.sentences()) {
            if (!in.layout().isStory(s.start())) {
                continue;
            }
            List<Word> words = Words.of(s);
            for (int a = 0; a < words.size(); ) {
                int b = runEnd(ctx, words, a);
                if (b == a) {
                    orgs.lowerHeadOrg(doc, ctx, words, a).ifPresent(m -> found.putIfAbsent(m.evidence().span().begin(), m));
                    a++;
                    continue;
                }
                candidate(doc, ctx, words, a, b).ifPresent(m -> found.putIfAbsent(m.evidence().span().begin(), m));
                a = b;
            }
        }
        List<Mention> out = new ArrayList<>(found.values());
        out.addAll(new NameRepeats(in, ctx).find(out));
        out.sort(Comparator.comparing(Mention::span));
        return List.copyOf(out);
    }

    /** End of the run of name-like words from a (a itself when words[a] is not name-like). */
    private int runEnd(WordContext ctx, List<Word> words, int a) {
        int b = a;
        while (b < words.size()) {
            Word w = words.get(b);
            if (ctx.nameish(w)) {
                b++;
            } else if (b > a && particleName(ctx, w)) {
                b++; // "Abdel Fattah al-Sisi"
            } else if (b > a && pluralPossessive(words, b)) {
                b += 1; // "Workers' Party": a plural possessive inside an organisation's name
                continue;
            } else if (b > a && particles(words, b) > 0 && !words.get(b - 1).possessive()) {
                b += particles(words, b) + 1; // "Mohammed bin Salman", "Ursula von der Leyen"
            } else {
                break;
            }
            if (words.get(b - 1).possessive()) {
                break; // "Putin's Kremlin": the possessive ends the name
            }
        }
        return b;
    }

    /** An apostrophe right after a capitalised plural and before an organisation head ("Workers' Party"). */
    private boolean pluralPossessive(List<Word> words, int b) {
        Word prev = words.get(b - 1);
        Word w = words.get(b);
        return (w.text().equals("'") || w.text().equals("\u2019")) && w.start() == prev.end() && prev.text().endsWith("s")
                && b + 1 < words.size() && cues.isCapitalisedOrgHead(words.get(b + 1).text());
    }

    /** How many particles start at b and are followed by a name-like word (0 if they are not). */
    private int particles(List<Word> words, int b) {
        int k = 0;
        while (b + k < words.size() && k < 2 && cues.isStandaloneNameParticle(words.get(b + k).text())
                && !words.get(b + k).possessive()) {
            k++;
        }
        return k > 0 && b + k < words.size() && words.get(b + k).isCapitalized() && words.get(b + k).isWord() ? k : 0;
    }

    /** "al-Sisi": a name particle, a hyphen and a capitalised rest, not covered by a mention. */
    private boolean particleName(WordContext ctx, Word w) {
        String t = w.text();
        int dash = t.indexOf('-');
        return dash > 0 && dash + 1 < t.length() && cues.isNameParticle(t.substring(0, dash))
                && Character.isUpperCase(t.charAt(dash + 1));
    }

    private Optional<Mention> candidate(Document doc, WordContext ctx, List<Word> words, int a, int b) {
        if (a == 0 && ctx.usedInLowerCase(words.get(a).text())) {
            a++; // "Critics Alex Plitsas"? no: a sentence-initial common word is not a name
        }
        if (a >= b) {
            return Optional.empty();
        }
        Optional<Mention> org = orgs.orgByHead(doc, ctx, words, a, b);
        if (org.isPresent()) {
            return org;
        }
        Optional<Mention> longer = orgs.longerOrgName(doc, ctx, words, a, b);
        if (longer.isPresent()) {
            return longer;
        }
        // leading title words are the title, not the name ("Foreign Minister Sergei Lavrov")
        int ns = a;
        final int runStart = a;
        boolean complement = false;
        for (int j = a; j < b - 1; j++) {
            if (ctx.titleEndingAt(words, j).isPresent()) {
                ns = j + 1;
            } else if (!complement && b - j - 1 == 2 && ctx.titleWithComplementEndingAt(words, j).filter(x -> x.first() < runStart).isPresent()) {
                ns = j + 1; // "... for Human Rights Volker Türk": the complement leaves a name of two words
                complement = true;
            }
        }
        // "NATO Secretary General Mark Rutte": a run that is all title ("Secretary General") names nobody
        final int nameStart = ns;
        if (ctx.titleEndingAt(words, b - 1).filter(t -> t.first() <= nameStart).isPresent()) {
            return Optional.empty();
        }
        // a given name starts the name: "Welshman Ray Reardon", "Lib Dems David Laws"
        for (int j = ns + 1; j < b - 1; j++) {
            if (cues.isGivenName(words.get(j).text()) && !cues.isGivenName(words.get(ns).text())) {
                ns = j;
                break;
            }
        }
        int len = b - ns;
        if (len > MAX_NAME_WORDS || len == 0 || words.get(b - 1).isAcronym() && len > 1
                || len == 1 && words.get(ns).text().length() < 2) {
            return Optional.empty();
        }
        Optional<EntityType> shown = described.typeOf(ctx, words, ns, b);
        if (shown.isPresent()) {
            int e = b;
            while (shown.get() == EntityType.ORGANIZATION && e < words.size() && !words.get(e - 1).possessive()
                    && ctx.knownAt(words.get(e)).filter(m -> m.type() == EntityType.PLACE && m.kind() != MentionKind.DEMONYM).isPresent()) {
                e++; // "state broadcaster Tele Sahel": a place's name may end the outlet's
            }
            return Optional.of(mention(doc, words, ns, e, shown.get(), "described-name", 0.7));
        }
        boolean given = cues.isGivenName(words.get(ns).text());
        Optional<SourceCueReader.Source> source = sources.sourceCue(words, ns, b);
        if (source.isPresent()) {
            if (len > 1 && given) {
                return Optional.of(mention(doc, words, ns, b, EntityType.PERSON, "source-cue-person", 0.75));
            }
            if (SourceCueReader.outletLike(words, ns, b) || !source.get().before() && len == 1
                    && !ctx.usedInLowerCase(words.get(ns).text())) {
                return Optional.of(mention(doc, words, ns, b, EntityType.ORGANIZATION, "source-cue-outlet", 0.75));
            }
            return Optional.empty();
        }
        Optional<WordContext.TitleMatch> title = titleBefore(ctx, words, ns);
        if (title.isPresent() && (len > 1 || title.get().title().kind() != Title.Kind.PERSON)) {
            if (len == 1 && (ctx.usedInLowerCase(words.get(ns).text()) || words.get(ns).isAcronym())) {
                return Optional.empty();
            }
            return Optional.of(mention(doc, words, ns, b, EntityType.PERSON, "title-before-name", 0.85));
        }
        if (len < 2 || !given && !plainName(ctx, words, ns, b)) {
            return Optional.empty();
        }
        if (apposition(ctx, words, b)) {
            return Optional.of(mention(doc, words, ns, b, EntityType.PERSON, "apposition", given ? 0.85 : 0.7));
        }
        if (speechVerbAfter(words, b) || speechVerbBefore(words, ns)) {
            return Optional.of(mention(doc, words, ns, b, EntityType.PERSON, "speech-verb", given ? 0.8 : 0.65));
        }
        if (given && len <= 3 && ns == a && givenNameAlone(ctx, words, ns, b)) {
            return Optional.of(mention(doc, words, ns, b, EntityType.PERSON, "given-name", 0.6));
        }
        return Optional.empty();
    }

    /**
     * Words that can only be a name: none is used in lower case in the article, none is an
     * organisation head or an acronym ("Borussia Dortmund" passes, "Time Warner" does not).
     */
    private boolean plainName(WordContext ctx, List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (ctx.usedInLowerCase(w.text()) || w.isAcronym() || cues.isCapitalisedOrgHead(w.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Senators Rand Paul and Jeanne Shaheen", "talks with Volker Türk": a given name and one or
     * two surnames make a person's name without any cue, when the surnames can only be names (see
     * {@link #plainName}), the first word is not sentence-initial (a headline-like "Jordan Valley
     * ..." at a sentence start proves nothing), no article comes before ("the Victoria Line") and
     * no capitalised word comes before or follows in the same run ("USS Harry S. Truman"), and the
     * last word is no place's head ("Victoria Street", see {@code place-heads.tsv}).
     */
    private boolean givenNameAlone(WordContext ctx, List<Word> words, int ns, int b) {
        if (ns == 0 || ARTICLES.contains(lower(words.get(ns - 1).text())) || words.get(ns - 1).possessive()) {
            return false;
        }
        if (!plainName(ctx, words, ns + 1, b) || placeHeads.contains(words.get(b - 1).text())) {
            return false;
        }
        if (b < words.size() && (words.get(b).isCapitalized() && words.get(b).isWord()
                || cues.isLowerOrgHead(words.get(b).text()))) {
            return false;
        }
        return !words.get(b - 1).possessive() || b - ns >= 2;
    }

    /** A title right before the name, or before a comma before it ("Poland's foreign minister, X"). */
    private static Optional<WordContext.TitleMatch> titleBefore(WordContext ctx, List<Word> words, int ns) {
        if (ns >= 1) {
            Optional<WordContext.TitleMatch> t = ctx.titleEndingAt(words, ns - 1);
            if (t.isPresent()) {
                return t;
            }
            // "High Commissioner for Human Rights Volker Türk", "Special Envoy for Yemen Hans Grundberg"
            t = ctx.titleWithComplementEndingAt(words, ns - 1).filter(x -> x.title().kind() == Title.Kind.ROLE);
            if (t.isPresent()) {
                return t;
            }
        }
        if (ns >= 2 && WordContext.is(words.get(ns - 1), ",")) {
            Optional<WordContext.TitleMatch> t = ctx.titleEndingAt(words, ns - 2)
                    .or(() -> ctx.titleWithComplementEndingAt(words, ns - 2));
            return t.filter(x -> x.title().kind() == Title.Kind.ROLE);
        }
        return Optional.empty();
    }

    /** ", a senior Russian lawmaker": a comma, maybe an article, then a title within a few words. */
    private static boolean apposition(WordContext ctx, List<Word> words, int b) {
        if (b >= words.size() || !WordContext.is(words.get(b), ",")) {
            return false;
        }
        for (int k = b + 1; k < words.size() && k <= b + APPOSITION_WINDOW; k++) {
            Word w = words.get(k);
            if (!w.isWord() || RELATIVES.contains(w.text())) {
                return false; // "X of South Carolina, who wrote the bill with Senator Y": past the relative is another clause
            }
            if (ctx.titleStartingAt(words, k).filter(t -> t.title().kind() != Title.Kind.HONORIFIC).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
            "has", "had", "have", "also", "later", "previously", "then", "again", "repeatedly", "once", "recently");

    private boolean speechVerbAfter(List<Word> words, int b) {
        int k = b;
        if (k < words.size() && AUXILIARIES.contains(words.get(k).text())) {
            k++;
        }
        return k < words.size() && cues.isSpeechVerb(words.get(k).text());
    }

    /** "..., said Alex Plitsas" or "” remarked Alex Plitsas". */
    private boolean speechVerbBefore(List<Word> words, int ns) {
        if (ns < 2 || !cues.isSpeechVerb(words.get(ns - 1).text())) {
            return false;
        }
        String p = words.get(ns - 2).text();
        return p.equals(",") || p.equals("\u201D") || p.equals("\"");
    }

    static Mention mention(Document doc, List<Word> words, int from, int to, EntityType type, String rule,
                                   double confidence) {
        int s = words.get(from).start();
        int e = words.get(to - 1).end();
        String text = doc.text().substring(s, e);
        MentionKind kind = type == EntityType.PERSON && to - from == 1 ? MentionKind.ALIAS : MentionKind.NAME;
        return new Mention(text, type, kind, Optional.empty(), new Evidence(doc.span(s, e), rule, confidence));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
