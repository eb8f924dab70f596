package org.conflictkg.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The gold format's name comparison: NFKD without diacritics, lower case, curly apostrophes
 * straightened, {@code 's} and punctuation removed, hyphens as spaces, a leading "the" dropped.
 * Title tokens come from the same normal form, "advisor" spelt "adviser", and drop the words the
 * reference scorer ignores.
 */
final class NameNormalizer {

    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Me}\\p{Mc}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The reference scorer also ignores "wellknown" ("well-known"), beside the documented words. */
    private static final Set<String> TITLE_STOP = Set.of("a", "an", "of", "the", "senior", "wellknown");

    private NameNormalizer() {
    }

    static String normalize(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = NOT_ALNUM.matcher(t.replace('-', ' ')).replaceAll("");
        t = LEADING_THE.matcher(t.strip()).replaceFirst("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static Set<String> titleTokens(String title) {
        String t = normalize(title).replace("advisor", "adviser");
        Set<String> out = new LinkedHashSet<>();
        for (String tok : t.split(" ")) {
            if (!tok.isEmpty() && !TITLE_STOP.contains(tok)) {
                out.add(tok);
            }
        }
        return out;
    }
}
