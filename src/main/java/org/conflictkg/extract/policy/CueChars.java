package org.conflictkg.extract.policy;

/**
 * The two character tests cue matching needs, written out so that scanning a sentence needs no
 * regular expression: what {@code [\p{L}\p{N}]} accepts, and how a case-insensitive Unicode
 * regex compares one UTF-16 unit with a pattern character. Both mirror {@link java.util.regex}
 * exactly (a test checks every code point), which is what lets {@link CuePattern} skip the regex
 * wherever these say it cannot match.
 */
final class CueChars {

    /** Categories of {@code \p{L}} (Lu Ll Lt Lm Lo) and {@code \p{N}} (Nd Nl No). */
    private static final int WORD_CATEGORIES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /**
     * Set for each UTF-16 unit that a non-word unit can match in a caseless regex (the unit
     * itself, or what it folds to): a pattern character not set here is only ever matched by a
     * letter or digit.
     */
    private static final boolean[] MATCHED_BY_NON_WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || !isWordChar(c)) {
                MATCHED_BY_NON_WORD[c] = true;
                MATCHED_BY_NON_WORD[fold((char) c)] = true;
            }
        }
    }

    private CueChars() {
    }

    /** Whether every unit a caseless regex matches with this (folded) pattern character is a letter or digit. */
    static boolean onlyWordCharsMatch(char folded) {
        return !MATCHED_BY_NON_WORD[folded];
    }

    /** Whether {@code [\p{L}\p{N}]} matches this code point. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return (WORD_CATEGORIES >> Character.getType(cp) & 1) != 0;
    }

    /**
     * Whether {@code [\p{L}\p{N}]} matches at {@code i} of a search bounded by {@code to}: as in
     * the regex, a code point whose low surrogate lies at or beyond {@code to} does not.
     */
    static boolean isWordCharAt(String text, int i, int to) {
        if (i >= to) {
            return false;
        }
        int cp = text.codePointAt(i);
        return i + Character.charCount(cp) <= to && isWordChar(cp);
    }

    /** Whether {@code [\p{L}\p{N}'’-]} matches: the characters a word may continue with. */
    static boolean continuesWord(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || isWordChar(cp);
    }

    /**
     * A UTF-16 unit as a case-insensitive Unicode regex compares it: upper-cased, then
     * lower-cased (so "K", "k" and the Kelvin sign all become "k").
     */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }
}
