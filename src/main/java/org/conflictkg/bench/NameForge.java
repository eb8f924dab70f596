package org.conflictkg.bench;

import java.util.Random;

/**
 * Invents pronounceable person names from syllables, one per index, so a scaled corpus gains
 * entities nobody's lexicon knows (as a real news stream does). The same index always gives the
 * same name; different indices give different names with overwhelming likelihood.
 */
final class NameForge {

    private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m",
        "n", "p", "r", "s", "st", "t", "tr", "v", "z", "sh", "ch", "j"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ia", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "v", "m", "sh", "t"};

    private final long salt;

    NameForge(long salt) {
        this.salt = salt;
    }

    /** A "Given Family" name for person number {@code index}. */
    String person(int index) {
        Random r = new Random(salt * 0x9E3779B97F4A7C15L + index);
        return word(r, 2) + " " + word(r, 2 + r.nextInt(2));
    }

    /** A family name alone, for replacing a surname whose full name was not seen. */
    String surname(int index) {
        String p = person(index);
        return p.substring(p.indexOf(' ') + 1);
    }

    private static String word(Random r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
            if (i == syllables - 1 || r.nextInt(3) == 0) {
                sb.append(CODAS[r.nextInt(CODAS.length)]);
            }
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }
}
