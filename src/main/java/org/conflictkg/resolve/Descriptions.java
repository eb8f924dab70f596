package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.entity.WordContext;
import org.conflictkg.extract.entity.WordContext.TitleMatch;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.Title;
import org.conflictkg.lexicon.TsvTable;
import org.conflictkg.text.Document;
import org.conflictkg.text.Words.Word;

/**
 * Finds descriptions of a person by their title and attaches each to the person holding that
 * title in the article: "Putin's spokesperson" and "the Kremlin spokesman" to whoever is the
 * spokesperson (of the Kremlin, where the role says so), "the president" to the president
 * mentioned last. A description nobody in the article fits stays unattached: no invented person.
 * A title right before a name ("Kremlin spokesperson Dmitry Peskov") is a role, not a description.
 */
final class Descriptions {

    /** Generic title (canonical) to the specific titles it may stand for; see title-covers.tsv. */
    private static final Map<String, Set<String>> COVERS = TsvTable.read("/lexicon/title-covers.tsv").rows().stream()
            .collect(Collectors.groupingBy(r -> r.get("generic"), Collectors.mapping(r -> r.get("specific"),
                    Collectors.toUnmodifiableSet())));

    private final Cues cues;
    private final WordContext ctx;
    private final Map<Mention, EntityMention> byMention;
    private final List<HeldTitle> titles;
    private final ResolvedArticle article;

    Descriptions(Cues cues, WordContext ctx, Map<Mention, EntityMention> byMention, List<HeldTitle> titles,
                 ResolvedArticle article) {
        this.cues = cues;
        this.ctx = ctx;
        this.byMention = byMention;
        this.titles = titles;
        this.article = article;
    }

    List<EntityMention> find(List<Word> words) {
        List<EntityMention> out = new ArrayList<>();
        Document doc = article.document();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int titleAt;
            int start;
            Optional<EntityKey> qualifier = Optional.empty();
            Optional<Mention> q = ctx.knownAt(w);
            if (q.isPresent() && w.possessive() && q.get().type() != EntityType.GROUP) {
                titleAt = i + 1; // "Putin's spokesperson"
                start = doc.utf16(q.get().span().begin());
                qualifier = Optional.of(byMention.get(q.get()).entity());
            } else if (w.text().equalsIgnoreCase("the") && !w.possessive()) {
                titleAt = i + 1;
                start = w.start();
                while (titleAt < words.size() && ctx.knownAt(words.get(titleAt)).isPresent()) {
                    Mention m = ctx.knownAt(words.get(titleAt)).get();
                    if (m.type() == EntityType.PERSON || m.type() == EntityType.GROUP) {
                        break;
                    }
                    qualifier = Optional.of(byMention.get(m).entity()); // "the Kremlin spokesman"
                    titleAt++;
                }
            } else {
                continue;
            }
            if (titleAt >= words.size() || ctx.covered(words.get(titleAt))) {
                continue;
            }
            Optional<TitleMatch> t = ctx.titleStartingAt(words, titleAt);
            if (t.isEmpty() || t.get().title().kind() != Title.Kind.ROLE || followedByName(words, t.get().end())) {
                continue;
            }
            int end = words.get(t.get().end() - 1).end();
            if (article.insideQuotes(doc.span(start, end).begin())) {
                continue;
            }
            Optional<EntityKey> holder = holder(t.get().title(), qualifier, doc.span(start, end).begin());
            if (holder.isPresent()) {
                Mention m = new Mention(doc.text().substring(start, end), EntityType.PERSON, MentionKind.DESCRIPTION,
                        Optional.empty(), new Evidence(doc.span(start, end), "description-by-title", 0.7));
                out.add(new EntityMention(holder.get(), m));
                i = t.get().end() - 1;
            }
        }
        return out;
    }

    /** "spokesperson Dmitry Peskov" or "minister, Radoslaw Sikorski": a role before a name. */
    private boolean followedByName(List<Word> words, int k) {
        if (k < words.size() && WordContext.is(words.get(k), ",")) {
            k++;
        }
        if (k >= words.size()) {
            return false;
        }
        Word w = words.get(k);
        return ctx.knownAt(w).map(m -> m.type() == EntityType.PERSON).orElse(false)
                || ctx.nameish(w) && !w.possessive();
    }

    /** The person holding the title: of the qualifier if one fits, else the last one mentioned. */
    private Optional<EntityKey> holder(Title title, Optional<EntityKey> qualifier, int before) {
        List<HeldTitle> fits = titles.stream().filter(h -> canonical(h.title()).equals(title.canonical())).toList();
        if (fits.isEmpty()) {
            // "the Dutch leader" for the Dutch prime minister: a generic title covers specific ones
            Set<String> covered = COVERS.getOrDefault(title.canonical(), Set.of());
            fits = titles.stream().filter(h -> covered.contains(canonical(h.title()))).toList();
            if (qualifier.isEmpty() || fits.stream().noneMatch(h -> h.organization().equals(qualifier))) {
                return Optional.empty(); // a generic title needs its organisation to pick the holder
            }
        }
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        if (qualifier.isPresent()) {
            List<HeldTitle> of = fits.stream().filter(h -> h.organization().equals(qualifier)).toList();
            if (!of.isEmpty()) {
                fits = of;
            } else if (fits.stream().allMatch(h -> h.organization().isPresent())
                    && article.entity(qualifier.get()).map(e -> e.type() != EntityType.PERSON).orElse(true)) {
                return Optional.empty(); // "the U.K. prime minister" when only Poland's is known
            }
        }
        EntityKey best = null;
        int bestAt = -1;
        for (HeldTitle h : fits) {
            int last = -1;
            for (EntityMention m : article.mentionsOf(h.holder())) {
                if (m.span().begin() < before) {
                    last = m.span().begin();
                }
            }
            if (best == null || last > bestAt) {
                best = h.holder();
                bestAt = last;
            }
        }
        return Optional.ofNullable(best);
    }

    private String canonical(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT);
        for (String p : new String[] {"former ", "acting ", "interim ", "then "}) {
            if (lower.startsWith(p)) {
                lower = lower.substring(p.length());
            }
        }
        return cues.title(lower).map(Title::canonical).orElse(lower);
    }
}
