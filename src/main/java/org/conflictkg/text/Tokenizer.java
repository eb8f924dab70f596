package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number and punctuation tokens. Keeps abbreviations with inner dots
 * ("U.S.", "U.K.") and apostrophe-words ("Russia’s" stays one token) together, because the
 * extractors match names and possessives on whole tokens. Stateless.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(cp)) {
                i = wordEnd(text, i, to);
            } else {
                i += Character.charCount(cp);
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    private static int wordEnd(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            int w = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-' && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                i += w;
            } else if ((cp == '.' || cp == ',') && i + 1 < to && Character.isDigit(text.codePointAt(i + 1))
                    && i > 0 && Character.isDigit(text.codePointAt(i - 1))) {
                i += w; // 10,000 and 2.5 are one number
            } else if (cp == '.' && i + 1 < to && Character.isUpperCase(text.codePointAt(i + 1))
                    && i + 2 <= to && (i + 2 == to || text.charAt(i + 2) == '.')) {
                i += w; // U.S, U.K, D.C
            } else if (cp == '.' && isAbbreviationEnd(text, i)) {
                return i + 1; // the final dot of U.S.
            } else if ((cp == '\'' || cp == '\u2019') && i + 1 < to && Character.isLetter(text.codePointAt(i + 1))) {
                i += w;
            } else {
                return i;
            }
        }
        return i;
    }

    /** A dot that closes a dotted abbreviation such as "U.S." (single letters separated by dots). */
    private static boolean isAbbreviationEnd(String text, int dot) {
        return dot >= 3 && text.charAt(dot - 2) == '.' && Character.isUpperCase(text.charAt(dot - 1));
    }
}
