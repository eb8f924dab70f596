package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.entity.WordContext;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.Title;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Words;
import org.conflictkg.text.Words.Word;

/**
 * Attaches what stands for a person without naming them. Descriptions ("Putin's spokesperson",
 * "the Kremlin spokesman", "the U.K. prime minister") go to the person of the article holding
 * that title, of that organisation where one is named, the most recently mentioned if several.
 * Third-person pronouns outside quotations go to the most salient compatible person: the subject
 * (first non-possessive person) of the same sentence before the pronoun, else of the nearest of
 * the previous sentences naming a person. A person once referred to as "he" is not "she" later.
 * Stateless.
 */
public final class Coreference {

    private static final int PRONOUN_LOOKBACK = 3;

    private final Cues cues;

    public Coreference(Cues cues) {
        this.cues = cues;
    }

    public ResolvedArticle resolve(ResolvedArticle named, List<HeldTitle> titles) {
        Document doc = named.document();
        List<Mention> names = new ArrayList<>();
        Map<Mention, EntityMention> byMention = new IdentityHashMap<>();
        for (EntityMention m : named.mentions()) {
            names.add(m.mention());
            byMention.put(m.mention(), m);
        }
        WordContext ctx = WordContext.of(cues, doc, names, List.of());
        List<EntityMention> added = new ArrayList<>();
        Descriptions descriptions = new Descriptions(cues, ctx, byMention, titles, named);
        for (Sentence s : named.sentences()) {
            if (named.layout().isStory(s.start())) {
                added.addAll(descriptions.find(Words.of(s)));
            }
        }
        List<EntityMention> all = new ArrayList<>(named.mentions());
        all.addAll(added);
        all.addAll(pronouns(named, all));
        all.addAll(new OrgAnaphora(cues).find(named, List.copyOf(all)));
        return new ResolvedArticle(doc, named.sentences(), named.entities(), all, named.layout());
    }

    /** A person mention as a pronoun antecedent. */
    private record Antecedent(EntityMention mention, int sentence, boolean possessive) {
    }

    private List<EntityMention> pronouns(ResolvedArticle a, List<EntityMention> mentions) {
        Document doc = a.document();
        String text = doc.text();
        List<EntityMention> persons = mentions.stream()
                .filter(m -> m.mention().type() == EntityType.PERSON && m.mention().kind() != MentionKind.DEMONYM)
                .filter(m -> a.paragraphKind(m.span().begin()) == Layout.Kind.BODY && !a.insideQuotes(m.span().begin()))
                .sorted(java.util.Comparator.comparing(EntityMention::span)).toList();
        List<Antecedent> seen = new ArrayList<>();
        Map<EntityKey, Character> gender = new HashMap<>();
        List<EntityMention> out = new ArrayList<>();
        int next = 0;
        for (Sentence s : a.sentences()) {
            if (a.layout().kindAt(s.start()) != Layout.Kind.BODY) {
                continue;
            }
            for (Word w : Words.of(s)) {
                int cp = doc.span(w.start(), w.end()).begin();
                while (next < persons.size() && persons.get(next).span().begin() < cp) {
                    EntityMention p = persons.get(next++);
                    int end = doc.utf16(p.span().end());
                    boolean poss = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                            && text.charAt(end + 1) == 's';
                    int si = sentenceIndex(a.sentences(), doc.utf16(p.span().begin()), s.index());
                    seen.add(new Antecedent(p, si, poss));
                }
                if (w.text().length() > 7 || w.text().length() < 2) {
                    continue;
                }
                Optional<Character> g = cues.pronounGender(w.text().toLowerCase(Locale.ROOT));
                if (g.isEmpty() || !w.text().equals(w.text().toLowerCase(Locale.ROOT)) && w.start() != s.start()
                        || a.insideQuotes(cp)) {
                    continue;
                }
                Optional<Antecedent> ante = pick(seen, s.index(), g.get(), gender);
                ante.ifPresent(x -> {
                    EntityKey key = x.mention().entity();
                    gender.putIfAbsent(key, g.get());
                    String rule = x.sentence() == s.index() ? "pronoun-same-sentence" : "pronoun-previous-sentence";
                    Mention m = new Mention(w.text(), EntityType.PERSON, MentionKind.PRONOUN, Optional.empty(),
                            new Evidence(doc.span(w.start(), w.end()), rule, x.sentence() == s.index() ? 0.75 : 0.65));
                    out.add(new EntityMention(key, m));
                });
            }
        }
        return out;
    }

    /** Index of the sentence containing a UTF-16 offset (binary search), or the fallback. */
    private static int sentenceIndex(List<Sentence> sentences, int utf16, int fallback) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (utf16 < s.start()) {
                hi = mid - 1;
            } else if (utf16 >= s.end()) {
                lo = mid + 1;
            } else {
                return s.index();
            }
        }
        return fallback;
    }

    private static Optional<Antecedent> pick(List<Antecedent> seen, int sentence, char g, Map<EntityKey, Character> gender) {
        for (int back = 0; back <= PRONOUN_LOOKBACK; back++) {
            int target = sentence - back;
            Antecedent first = null;
            Antecedent subject = null;
            for (Antecedent x : seen) {
                if (x.sentence() != target || gender.getOrDefault(x.mention().entity(), g) != g) {
                    continue;
                }
                if (first == null) {
                    first = x;
                }
                if (subject == null && !x.possessive()) {
                    subject = x;
                }
            }
            if (subject != null) {
                return Optional.of(subject);
            }
            if (first != null) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /** Whether a title is one a description can name ("spokesperson", not "ally"). */
    static boolean describes(Title t) {
        return t.kind() == Title.Kind.ROLE;
    }
}
