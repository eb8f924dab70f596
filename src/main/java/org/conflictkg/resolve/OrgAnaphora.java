package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.TsvTable;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Words;
import org.conflictkg.text.Words.Word;

/**
 * What stands for an organisation or a state without naming it: "the paramilitary group" or "the
 * ministry" (see {@code org-nouns.tsv}) and "it"/"they" right before a speech verb ("it said").
 * The antecedent is the subject (first non-possessive organisation or state mention) of the
 * nearest of the two previous sentences that has one; "the ministry" only goes to an organisation
 * whose name has that noun. Inside quotations nothing is attached. Stateless.
 */
final class OrgAnaphora {

    private static final int LOOKBACK = 2;
    private static final int MAX_ADJECTIVES = 2;
    private static final Set<String> PRONOUNS = Set.of("it", "they");
    private static final Set<String> MEDIA = Set.of("on", "via");
    /** Noun to whether any organisation may be meant (generic) or only one named with it (own). */
    private static final Map<String, Boolean> NOUNS = TsvTable.read("/lexicon/org-nouns.tsv").rows().stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get("noun"), r -> r.get("kind").equals("generic")));

    private final Cues cues;

    OrgAnaphora(Cues cues) {
        this.cues = cues;
    }

    List<EntityMention> find(ResolvedArticle a, List<EntityMention> mentions) {
        Document doc = a.document();
        List<EntityMention> out = new ArrayList<>();
        List<Sentence> sentences = a.sentences();
        List<EntityMention> ordered = mentions.stream().sorted(java.util.Comparator.comparing(EntityMention::span)).toList();
        for (Sentence s : sentences) {
            if (a.layout().kindAt(s.start()) != Layout.Kind.BODY) {
                continue;
            }
            List<Word> words = Words.of(s);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                int cp = doc.span(w.start(), w.end()).begin();
                if (a.insideQuotes(cp) || covered(a, doc, w)) {
                    continue;
                }
                String lower = w.text().toLowerCase(Locale.ROOT);
                if (PRONOUNS.contains(lower) && i + 1 < words.size() && cues.isSpeechVerb(words.get(i + 1).text())) {
                    antecedent(a, doc, ordered, s, Optional.empty()).ifPresent(k -> out.add(mention(doc, k, w.start(),
                            w.end(), MentionKind.PRONOUN, "org-pronoun-before-speech-verb")));
                    continue;
                }
                if (!lower.equals("the")) {
                    continue;
                }
                int n = i + 1;
                while (n < words.size() && n - i - 1 < MAX_ADJECTIVES && plainLower(words.get(n))
                        && !NOUNS.containsKey(words.get(n).text())) {
                    n++;
                }
                if (n >= words.size() || !NOUNS.containsKey(words.get(n).text())
                        || n + 1 < words.size() && (words.get(n + 1).text().equals("of") || words.get(n + 1).isCapitalized())) {
                    continue; // "the group of seven", "the party Fidesz": not an anaphor
                }
                String noun = words.get(n).text();
                Optional<String> own = NOUNS.get(noun) ? Optional.empty() : Optional.of(noun);
                int end = words.get(n).end();
                antecedent(a, doc, ordered, s, own).ifPresent(k -> out.add(mention(doc, k, w.start(), end,
                        MentionKind.DESCRIPTION, "org-description")));
                i = n;
            }
        }
        return out;
    }

    private static boolean plainLower(Word w) {
        return w.isWord() && Character.isLowerCase(w.text().codePointAt(0)) && !w.possessive();
    }

    private static boolean covered(ResolvedArticle a, Document doc, Word w) {
        return !a.mentionsWithin(doc.span(w.start(), w.end())).isEmpty();
    }

    /** The subject organisation (or state, for a pronoun) of the nearest previous sentence naming one. */
    private Optional<EntityKey> antecedent(ResolvedArticle a, Document doc, List<EntityMention> mentions, Sentence s,
                                           Optional<String> own) {
        String text = doc.text();
        for (int back = 1; back <= LOOKBACK && s.index() - back >= 0; back++) {
            Sentence p = a.sentences().get(s.index() - back);
            for (EntityMention m : mentions) {
                int b = doc.utf16(m.span().begin());
                int e = doc.utf16(m.span().end());
                if (b < p.start() || e > p.end() || ResolvedArticle.isAnaphor(m) || m.mention().kind() == MentionKind.DEMONYM) {
                    continue;
                }
                EntityType t = a.entity(m.entity()).map(Entity::type).orElse(m.mention().type());
                boolean fits = t == EntityType.ORGANIZATION || own.isEmpty() && t == EntityType.COUNTRY;
                boolean possessive = e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019');
                if (!fits || possessive || MEDIA.contains(wordBefore(text, b)) || a.insideQuotes(m.span().begin())) {
                    continue;
                }
                String label = a.entity(m.entity()).map(Entity::label).orElse(m.mention().text()).toLowerCase(Locale.ROOT);
                if (own.isPresent() && !label.contains(own.get())) {
                    continue;
                }
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }

    private static String wordBefore(String text, int pos) {
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

    private static EntityMention mention(Document doc, EntityKey key, int start, int end, MentionKind kind, String rule) {
        Mention m = new Mention(doc.text().substring(start, end), EntityType.ORGANIZATION, kind, Optional.empty(),
                new Evidence(doc.span(start, end), rule, 0.6));
        return new EntityMention(key, m);
    }
}
