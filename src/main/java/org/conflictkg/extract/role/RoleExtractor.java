package org.conflictkg.extract.role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.entity.WordContext;
import org.conflictkg.extract.entity.WordContext.TitleMatch;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.Title;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Words;
import org.conflictkg.text.Words.Word;

/**
 * Roles held by the people of an article, from a title right before a name ("Russian President
 * Vladimir Putin": President of Russia; "Kremlin spokesperson Dmitry Peskov"; "Poland's foreign
 * minister, Radoslaw Sikorski"; "Republican Representative Mike Turner": Representative, of the
 * Republican Party) or in an apposition after it ("Andrei Klishas, a senior Russian lawmaker";
 * "Alex Plitsas, an expert with the Atlantic Council"; "Richard Grenell, an advisor to Trump").
 * The organisation is the state, party, body or person named next to the title. Titles come from
 * {@code titles.tsv}; person nouns that are no role ("ally", "figure") give none. Stateless.
 */
public final class RoleExtractor implements Extractor<ResolvedArticle, Role> {

    private static final int APPOSITION_WINDOW = 8;
    private static final Set<String> TITLE_PREFIXES = Set.of("former", "deputy", "acting", "interim", "vice", "then");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "that", "whom");
    private static final Set<String> ORG_LINKS = Set.of("with", "of", "at", "for", "to", "in", "from");

    private final Cues cues;

    public RoleExtractor(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Role> extract(ResolvedArticle article) {
        Document doc = article.document();
        List<Mention> names = new ArrayList<>();
        Map<Mention, EntityMention> byMention = new IdentityHashMap<>();
        for (EntityMention m : article.mentions()) {
            if (!ResolvedArticle.isAnaphor(m)) {
                names.add(m.mention());
                byMention.put(m.mention(), m);
            }
        }
        WordContext ctx = WordContext.of(cues, doc, names, List.of());
        List<Role> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : article.sentences()) {
            if (!article.layout().isStory(s.start())) {
                continue;
            }
            List<Word> words = Words.of(s);
            for (int i = 0; i < words.size(); i++) {
                Optional<Mention> m = ctx.knownAt(words.get(i));
                if (m.isEmpty() || m.get().type() != EntityType.PERSON || m.get().kind() == MentionKind.DEMONYM
                        || doc.utf16(m.get().span().begin()) != words.get(i).start()) {
                    continue;
                }
                int first = i;
                int end = i;
                while (end < words.size() && ctx.knownAt(words.get(end)).equals(m)) {
                    end++;
                }
                EntityKey holder = byMention.get(m.get()).entity();
                titleBefore(doc, ctx, byMention, words, first, m.get()).forEach(r -> add(out, seen, holder, r));
                apposition(doc, ctx, byMention, words, end, m.get()).ifPresent(r -> add(out, seen, holder, r));
                i = end - 1;
            }
        }
        return mostSpecific(out);
    }

    /**
     * One role per title a person holds in the article: a title whose words all recur in a longer
     * title of the same holder ("Speaker" beside "House Speaker") is the same role, said shorter.
     */
    private static List<Role> mostSpecific(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            Set<String> words = words(r.title());
            boolean shorter = roles.stream().anyMatch(o -> o != r && o.holder().equals(r.holder())
                    && words(o.title()).size() > words.size() && words(o.title()).containsAll(words));
            if (!shorter) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> words(String title) {
        return Set.copyOf(java.util.Arrays.asList(title.toLowerCase(Locale.ROOT).split("[\\s-]+")));
    }

    /** A role without its holder yet. */
    private record Found(String title, Optional<EntityKey> organization, Evidence evidence) {
    }

    private static void add(List<Role> out, Set<String> seen, EntityKey holder, Found f) {
        if (seen.add(holder.value() + "|" + f.title().toLowerCase(Locale.ROOT))) {
            out.add(new Role(holder, f.title(), f.organization(), f.evidence()));
        }
    }

    private List<Found> titleBefore(Document doc, WordContext ctx, Map<Mention, EntityMention> byMention,
                                    List<Word> words, int first, Mention name) {
        int last = first - 1;
        Optional<TitleMatch> t = last >= 0 ? ctx.titleEndingAt(words, last) : Optional.empty();
        while (t.isPresent() && t.get().title().kind() == Title.Kind.HONORIFIC && t.get().first() > 0) {
            last = t.get().first() - 1; // "Foreign Minister Sheikh Mohammed ...": past the honorific
            t = ctx.titleEndingAt(words, last);
        }
        if (t.isEmpty() && last >= 2) {
            // "High Commissioner for Human Rights Volker Türk", "Special Envoy for Yemen Hans Grundberg"
            t = ctx.titleWithComplementEndingAt(words, last).filter(x -> x.title().kind() == Title.Kind.ROLE);
        }
        if (t.isEmpty() && first >= 2 && WordContext.is(words.get(first - 1), ",")) {
            t = ctx.titleEndingAt(words, first - 2).or(() -> ctx.titleWithComplementEndingAt(words, first - 2));
        }
        if (t.isEmpty() || t.get().title().kind() != Title.Kind.ROLE) {
            return List.of();
        }
        Optional<EntityKey> complementOrg = Optional.empty();
        int link = t.get().first() + t.get().title().words();
        if (link < t.get().end() && ORG_LINKS.contains(words.get(link).text())) {
            // "a spokesman for the National Security Council, X": the complement is the organisation
            int o = link + 1 < t.get().end() && words.get(link + 1).text().equals("the") ? link + 2 : link + 1;
            Optional<Mention> q = o < t.get().end() ? ctx.knownAt(words.get(o)).filter(m -> m.type() == EntityType.ORGANIZATION) : Optional.empty();
            if (q.isPresent() && doc.utf16(q.get().span().end()) == words.get(t.get().end() - 1).end()) {
                complementOrg = Optional.of(byMention.get(q.get()).entity());
                t = Optional.of(new TitleMatch(t.get().title(), t.get().first(), link));
            }
        }
        // "government spokesman Colonel-Major X": of two stacked titles the outer one is the office,
        // the inner one the form of address
        int outerEnd = t.get().first() - 1;
        Optional<TitleMatch> outer = outerEnd >= 0 ? ctx.titleEndingAt(words, outerEnd) : Optional.empty();
        if (outer.isPresent() && outer.get().title().kind() == Title.Kind.ROLE) {
            t = outer;
        }
        List<TitleMatch> titles = new ArrayList<>(List.of(t.get()));
        // "Prime Minister and Foreign Minister Sheikh Mohammed": two titles, two roles
        int ts0 = extendLeft(ctx, words, t.get().first());
        if (ts0 >= 2 && words.get(ts0 - 1).text().equals("and")) {
            ctx.titleEndingAt(words, ts0 - 2).filter(x -> x.title().kind() == Title.Kind.ROLE).ifPresent(titles::add);
        }
        int leftmost = extendLeft(ctx, words, titles.get(titles.size() - 1).first());
        int start = words.get(leftmost).start();
        Optional<EntityKey> org = Optional.empty();
        if (leftmost > 0) {
            Optional<Mention> q = ctx.knownAt(words.get(leftmost - 1)).filter(RoleExtractor::canEmploy);
            if (q.isPresent() && q.get() != name) {
                org = Optional.of(byMention.get(q.get()).entity());
                start = doc.utf16(q.get().span().begin());
            }
        }
        if (complementOrg.isPresent()) {
            org = complementOrg;
        }
        int end = doc.utf16(name.span().end());
        List<Found> out = new ArrayList<>();
        for (TitleMatch m : titles) {
            int ts = extendLeft(ctx, words, m.first());
            String title = doc.text().substring(words.get(ts).start(), words.get(m.end() - 1).end());
            out.add(new Found(title, org, new Evidence(doc.span(start, end), "role-title-before-name",
                    org.isPresent() ? 0.9 : 0.85)));
        }
        return out;
    }

    /**
     * The start of a title before a name, with its modifiers: "former", "deputy"; capitalised
     * words ("Deputy Treasury Secretary", "National Security Minister"); lower-case words when a
     * possessive or an article bounds them ("the EU's foreign policy chief").
     */
    private int extendLeft(WordContext ctx, List<Word> words, int ts) {
        while (ts > 0 && TITLE_PREFIXES.contains(words.get(ts - 1).text().toLowerCase(Locale.ROOT))) {
            ts--;
        }
        int k = ts;
        while (k > 0 && ts - k < 3 && ctx.nameish(words.get(k - 1)) && !words.get(k - 1).possessive()) {
            k--;
        }
        if (k < ts) {
            return k;
        }
        while (k > 0 && ts - k < 3 && isPlainLowerWord(ctx, words.get(k - 1))) {
            k--;
        }
        // bounded by a possessive or an article: "the party's former parliamentary leader"; a bare
        // name before is no bound ("U.S. sanctions militia leader Dagalo": "sanctions" is a verb)
        if (k < ts && k > 0 && (words.get(k - 1).possessive()
                || DETERMINERS.contains(words.get(k - 1).text().toLowerCase(Locale.ROOT)))) {
            return k;
        }
        return ts;
    }

    private static boolean isPlainLowerWord(WordContext ctx, Word w) {
        return w.isWord() && !w.isCapitalized() && !w.possessive() && !ctx.covered(w)
                && !DETERMINERS.contains(w.text()) // not "the request of": a preposition is no modifier
                && !ctx.cues().isFunctionWord(Character.toUpperCase(w.text().charAt(0)) + w.text().substring(1));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");

    private Optional<Found> apposition(Document doc, WordContext ctx, Map<Mention, EntityMention> byMention,
                                       List<Word> words, int end, Mention name) {
        if (end >= words.size() || !WordContext.is(words.get(end), ",")) {
            return Optional.empty();
        }
        Optional<EntityKey> org = Optional.empty();
        int modifiers = end + 1; // where the title's own modifiers may start
        for (int k = end + 1; k < words.size() && k <= end + APPOSITION_WINDOW; k++) {
            Word w = words.get(k);
            if (!w.isWord() || RELATIVES.contains(w.text())) {
                return Optional.empty();
            }
            // "a senior official" is a group mention in itself, but after a name it is the name's title
            Optional<Mention> covered = ctx.knownAt(w).filter(c -> c.type() != EntityType.GROUP);
            if (covered.isPresent()) {
                if (canEmploy(covered.get())) {
                    org = Optional.of(byMention.get(covered.get()).entity());
                }
                modifiers = k + 1;
                continue;
            }
            if (DETERMINERS.contains(w.text()) || w.possessive() || w.isCapitalized()) {
                modifiers = k + 1; // "the party's former parliamentary leader"
                continue;
            }
            Optional<TitleMatch> t = ctx.titleStartingAt(words, k);
            if (t.isEmpty()) {
                continue;
            }
            if (t.get().title().kind() != Title.Kind.ROLE) {
                return Optional.empty();
            }
            int te = t.get().end();
            int last = te - 1;
            if (te + 1 < words.size() && ORG_LINKS.contains(words.get(te).text())) {
                int o = te + 1;
                if (o < words.size() && words.get(o).text().equals("the") && o + 1 < words.size()) {
                    o++;
                }
                if (o + 1 < words.size() && isPlainLowerWord(ctx, words.get(o)) && ctx.knownAt(words.get(o + 1)).isPresent()) {
                    o++; // "of the ruling Workers' Party"
                }
                Optional<Mention> after = ctx.knownAt(words.get(o)).filter(RoleExtractor::canEmploy);
                if (after.isPresent()) {
                    org = Optional.of(byMention.get(after.get()).entity());
                    last = o;
                    while (last + 1 < words.size() && ctx.knownAt(words.get(last + 1)).equals(after)) {
                        last++;
                    }
                }
            }
            int ts = modifiers;
            String title = doc.text().substring(words.get(ts).start(), words.get(te - 1).end());
            int body = org.isPresent() && words.get(last).possessive() ? bodyEnd(ctx, words, last + 1) : -1;
            if (body > 0) {
                // "head of the State Duma's defence committee": head of the defence committee, of the Duma
                title = title + " " + words.get(te).text() + " the "
                        + doc.text().substring(words.get(last + 1).start(), words.get(body - 1).end());
                last = body - 1;
            }
            int start = doc.utf16(name.span().begin());
            return Optional.of(new Found(title, org, new Evidence(doc.span(start, words.get(last).end()),
                    "role-apposition", org.isPresent() ? 0.85 : 0.8)));
        }
        return Optional.empty();
    }

    /** End of lower-case words naming a body ("defence committee") starting at k, or -1. */
    private int bodyEnd(WordContext ctx, List<Word> words, int k) {
        for (int e = k; e < words.size() && e < k + 3; e++) {
            Word w = words.get(e);
            if (!w.isWord() || w.isCapitalized() || ctx.covered(w)) {
                return -1;
            }
            String head = Character.toUpperCase(w.text().charAt(0)) + w.text().substring(1);
            if (cues.isCapitalisedOrgHead(head)) {
                return e + 1;
            }
        }
        return -1;
    }

    /** States, organisations (also through a demonym) and people can employ or be represented. */
    private static boolean canEmploy(Mention m) {
        EntityType t = m.type();
        return t == EntityType.COUNTRY || t == EntityType.ORGANIZATION || t == EntityType.PERSON;
    }
}
