package org.conflictkg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import org.conflictkg.lexicon.EntityType;

/**
 * Mints stable keys for entities the lexicon does not know: the type and the name folded to ASCII
 * lower case with hyphens ("Jon Finer" as a person is "person/jon-finer"). The same name in any
 * article, on any machine, gives the same key.
 */
public final class KeyMinter {

    private KeyMinter() {
    }

    public static EntityKey forName(EntityType type, String name) {
        return new EntityKey(type.label().toLowerCase(Locale.ROOT) + "/" + slug(name));
    }

    /** ASCII slug of a name: diacritics removed, possessive dropped, runs of other characters as '-'. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replaceAll("['\u2019]s\\b", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }
}
