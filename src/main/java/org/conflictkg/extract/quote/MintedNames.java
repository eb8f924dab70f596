package org.conflictkg.extract.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.KeyMinter;

/**
 * Unknown people for attribution when resolution found none: two capitalised words that no
 * mention covers, no title, organisation head or common sentence word among them. One per
 * {@link ArticleIndex}.
 */
final class MintedNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern NAME_PAIR = Pattern.compile(
            "\\b(\\p{Lu}[\\p{Ll}\u2019'-]+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}[\\p{Ll}\u2019'-]+)\\b");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "as", "and", "but",
            "yet", "according", "meanwhile", "however", "while", "when", "with", "this", "that", "prime",
            "foreign", "general", "national", "deputy", "former", "senior", "state", "house", "committee",
            "security", "military", "ukrainian", "russian", "american", "north", "south", "united");

    private final ArticleIndex index;

    MintedNames(ArticleIndex index) {
        this.index = index;
    }

    /**
     * Two capitalised words not covered by any mention ("Alex Plitsas"): an unknown person, keyed
     * the way resolution keys unknown people, so the key agrees once resolution finds them too.
     */
    Optional<EntityKey> find(int from, int to, int[] at) {
        if (from < 0 || to <= from || to > index.text().length()) {
            return Optional.empty();
        }
        Matcher n = NAME_PAIR.matcher(index.text()).region(from, to);
        while (n.find()) {
            String[] parts = SPACES.split(n.group(1));
            boolean ok = index.mentionAt(n.start(1)).isEmpty() && index.mentionAt(n.end(1) - 1).isEmpty();
            for (String p : parts) {
                ok &= !NOT_NAMES.contains(p.toLowerCase(Locale.ROOT)) && !index.lexicon().isTitleWord(p)
                        && !index.lexicon().isOrganisationHead(p);
            }
            if (ok) {
                at[0] = n.start(1);
                return Optional.of(KeyMinter.forName(EntityType.PERSON, n.group(1)));
            }
        }
        return Optional.empty();
    }
}
