package org.conflictkg.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.TsvTable;
import org.conflictkg.text.Words.Word;

/**
 * What a lower-case word next to an unknown capitalised name says it is (see
 * {@code name-cues.tsv}): a place before a place noun ("Hokkaido island", "the Engels air base")
 * or after a locative preposition ("near Tillaberi"), an organisation after a noun of its kind
 * ("state broadcaster Tele Sahel", "statistics institute ISTAT"). Immutable; shared.
 */
final class DescribedNames {

    private static final int MAX_WORDS = 4;

    private final Map<String, EntityType> after = new HashMap<>();
    private final Map<String, EntityType> before = new HashMap<>();

    DescribedNames() {
        for (TsvTable.Row r : TsvTable.read("/lexicon/name-cues.tsv").rows()) {
            EntityType type = EntityType.valueOf(r.get("type").toUpperCase(Locale.ROOT));
            (r.get("position").equals("after") ? after : before).put(r.get("cue"), type);
        }
    }

    /** The type the cue next to words [ns, b) gives them, if a cue stands there. */
    Optional<EntityType> typeOf(WordContext ctx, List<Word> words, int ns, int b) {
        int len = b - ns;
        if (len < 1 || len > MAX_WORDS || words.get(b - 1).possessive()) {
            return Optional.empty();
        }
        if (b < words.size() && lowerCase(words.get(b))) {
            String one = lower(words.get(b));
            String two = b + 1 < words.size() && lowerCase(words.get(b + 1)) ? one + " " + lower(words.get(b + 1)) : "";
            Optional<EntityType> t = Optional.ofNullable(after.get(two)).or(() -> Optional.ofNullable(after.get(one)));
            if (t.isPresent() && plain(ctx, words, ns, b, false)) {
                return t;
            }
        }
        if (ns >= 1 && lowerCase(words.get(ns - 1)) && !words.get(ns - 1).possessive()) {
            String one = lower(words.get(ns - 1));
            String two = ns >= 2 && lowerCase(words.get(ns - 2)) ? lower(words.get(ns - 2)) + " " + one : "";
            Optional<EntityType> t = Optional.ofNullable(before.get(two)).or(() -> Optional.ofNullable(before.get(one)));
            if (t.isPresent() && plain(ctx, words, ns, b, t.get() == EntityType.ORGANIZATION)) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Words that can be a name: none is a given name (a person) or a word the article writes in lower case. */
    private static boolean plain(WordContext ctx, List<Word> words, int ns, int b, boolean acronymsToo) {
        for (int i = ns; i < b; i++) {
            Word w = words.get(i);
            if (ctx.usedInLowerCase(w.text()) || ctx.cues().isGivenName(w.text()) || w.isAcronym() && !acronymsToo) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerCase(Word w) {
        return w.isWord() && Character.isLowerCase(w.text().codePointAt(0));
    }

    private static String lower(Word w) {
        return w.text().toLowerCase(Locale.ROOT);
    }
}
