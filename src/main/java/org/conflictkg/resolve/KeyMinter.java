package org.conflictkg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.conflictkg.lexicon.EntityType;

/**
 * Mints stable keys for entities the lexicon does not know: the type and the name folded to ASCII
 * lower case with hyphens ("Jon Finer" as a person is "person/jon-finer"). The same name in any
 * article, on any machine, gives the same key.
 */
public final class KeyMinter {

    // compiled once: String.replaceAll would compile each of them on every call
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private KeyMinter() {
    }

    public static EntityKey forName(EntityType type, String name) {
        return new EntityKey(type.label().toLowerCase(Locale.ROOT) + "/" + slug(name));
    }

    /** ASCII slug of a name: diacritics removed, possessive dropped, runs of other characters as '-'. */
    public static String slug(String name) {
        // ASCII is its own NFKD form and has no marks
        String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = OTHERS.matcher(POSSESSIVE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
