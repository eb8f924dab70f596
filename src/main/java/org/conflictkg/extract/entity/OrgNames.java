package org.conflictkg.extract.entity;

import java.util.List;
import java.util.Optional;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.text.Document;
import org.conflictkg.text.Words.Word;

/**
 * Organisation names found by their head word, for {@link NamePatternExtractor}: a capitalised
 * run ending in a head ("National Security Council", "Ministry of Defence", "Workers' Party"),
 * maybe begun by a state's or a city's name ("Taiwan Affairs Office", "Stockholm International
 * Peace Research Institute") or a numbered word ("5-Star Movement"); a longer name around a known
 * organisation; a person's name before a lower-case head ("Biden administration"). Stateless.
 */
final class OrgNames {

    private static final java.util.Set<String> OF_LINKS = java.util.Set.of("of", "on", "for");

    private final Cues cues;

    OrgNames(Cues cues) {
        this.cues = cues;
    }

    /** "National Security Council", "Ministry of Defence": a run ending in an organisation head. */
    Optional<Mention> orgByHead(Document doc, WordContext ctx, List<Word> words, int a, int b) {
        int end = b;
        int head = -1;
        for (int i = b - 1; i >= a; i--) {
            if (cues.isCapitalisedOrgHead(words.get(i).text())) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        end = head + 1;
        // "Ministry of Defence", "Council on Foreign Relations", "Security Service of Ukraine"
        if (end + 1 < words.size() && OF_LINKS.contains(words.get(end).text())) {
            int k = end + 1;
            if (k < words.size() && words.get(k).text().equals("the")) {
                k++;
            }
            int e = k;
            while (e < words.size() && e - k < 3 && words.get(e).isCapitalized() && words.get(e).isWord()
                    && !cues.isFunctionWord(words.get(e).text())) {
                e++;
                if (words.get(e - 1).possessive()) {
                    break;
                }
            }
            if (e > k) {
                end = e;
            }
        }
        // "Democratic Progressive Party", "Republican National Committee": a party's adjective
        // (a demonym of an organisation in the lexicon) begins the name
        if (a > 0 && !words.get(a - 1).possessive() && ctx.knownAt(words.get(a - 1))
                .filter(m -> m.kind() == MentionKind.DEMONYM && m.type() == EntityType.ORGANIZATION).isPresent()) {
            a--;
        } else if (a > 0 && !words.get(a - 1).possessive()
                && cues.stateBody(lower(WordContext.join(words, a, end))).isEmpty()) {
            // "Taiwan Affairs Office", "China Coast Guard": a state's own name (not its demonym,
            // which the state-body rule reads) begins the organisation's name
            Word before = words.get(a - 1);
            // and a city's: "Stockholm International Peace Research Institute"
            Optional<Mention> state = ctx.knownAt(before).filter(m -> (m.type() == EntityType.COUNTRY
                    || m.type() == EntityType.PLACE) && m.kind() != MentionKind.DEMONYM && doc.utf16(m.span().end()) == before.end());
            if (state.isPresent()) {
                int first = a - 1;
                while (first > 0 && ctx.knownAt(words.get(first - 1)).equals(state)) {
                    first--;
                }
                if (doc.utf16(state.get().span().begin()) == words.get(first).start()) {
                    a = first;
                }
            }
        }
        if (a > 0 && words.get(a - 1).text().matches("\\d+-\\p{Lu}\\p{L}*")) {
            a--; // "5-Star Movement"
        }
        if (end - a < 2) {
            return Optional.empty();
        }
        return Optional.of(NamePatternExtractor.mention(doc, words, a, end, EntityType.ORGANIZATION, "org-head-word", 0.8));
    }

    /**
     * "National Security Council" where the lexicon knows "Security Council": capitalised words
     * right before a known organisation whose name ends in a head word make a longer name, which
     * replaces the known one (see {@link MentionMerger}).
     */
    Optional<Mention> longerOrgName(Document doc, WordContext ctx, List<Word> words, int a, int b) {
        if (b >= words.size() || words.get(b - 1).possessive()) {
            return Optional.empty();
        }
        Optional<Mention> next = ctx.knownAt(words.get(b));
        if (next.isEmpty() || next.get().type() != EntityType.ORGANIZATION || next.get().kind() == MentionKind.DEMONYM
                || doc.utf16(next.get().span().begin()) != words.get(b).start()) {
            return Optional.empty();
        }
        int end = b;
        while (end < words.size() && ctx.knownAt(words.get(end)).equals(next)) {
            end++;
        }
        if (!cues.isCapitalisedOrgHead(words.get(end - 1).text())) {
            return Optional.empty();
        }
        return Optional.of(NamePatternExtractor.mention(doc, words, a, end, EntityType.ORGANIZATION, "org-head-word", 0.75));
    }

    /** "Biden administration": a person's name followed by a lower-case organisation head. */
    Optional<Mention> lowerHeadOrg(Document doc, WordContext ctx, List<Word> words, int i) {
        Word w = words.get(i);
        if (i == 0 || !cues.isLowerOrgHead(w.text()) || words.get(i - 1).possessive()) {
            return Optional.empty();
        }
        Optional<Mention> person = ctx.knownAt(words.get(i - 1)).filter(m -> m.type() == EntityType.PERSON);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        int first = i - 1;
        while (first > 0 && ctx.knownAt(words.get(first - 1)).equals(person)) {
            first--;
        }
        return Optional.of(NamePatternExtractor.mention(doc, words, first, i + 1, EntityType.ORGANIZATION, "org-lower-head", 0.8));
    }

    private static String lower(String s) {
        return NamePatternExtractor.lower(s);
    }
}
