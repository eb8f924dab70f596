package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens as words for pattern rules: a possessive ending ("Russia’s", "Putin's") is
 * split off into a flag, so "Russia’s" is the word "Russia" (possessive) with the offsets of
 * "Russia" only. Offsets stay UTF-16 into {@link Document#text()}.
 */
public final class Words {

    /** A word: text without possessive ending, its UTF-16 range, and whether it was possessive. */
    public record Word(String text, int start, int end, boolean possessive) {

        public boolean isCapitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        public boolean isWord() {
            return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
        }

        /** All letters upper case and at least two of them ("NATO", "PBS", "U.S."). */
        public boolean isAcronym() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }
    }

    private Words() {
    }

    /** The sentence's words, split once when the sentence was made (an immutable list). */
    public static List<Word> of(Sentence sentence) {
        return sentence.words();
    }

    static List<Word> split(List<Token> tokens) {
        List<Word> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String s = t.text();
            int n = s.length();
            if (n > 2 && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '\u2019')
                    && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')) {
                out.add(new Word(s.substring(0, n - 2), t.start(), t.end() - 2, true));
            } else {
                out.add(new Word(s, t.start(), t.end(), false));
            }
        }
        return List.copyOf(out);
    }
}
