package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into paragraphs (line breaks) and sentences (terminal punctuation followed by
 * a space and a capital or an opening quotation mark). Titles such as "Mr." and dotted
 * abbreviations such as "U.S." do not end a sentence. Stateless.
 */
public final class SentenceSplitter {

    private static final Set<String> NON_TERMINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr",
            "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

    private final Tokenizer tokenizer = new Tokenizer();

    public List<Sentence> split(Document doc) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                splitLine(text, lineStart, lineEnd, paragraph, out);
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
                int end = i + 1;
                while (end < to && isClosingQuote(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, paragraph, out);
                start = skipSpace(text, end, to);
                i = start - 1;
            }
        }
        if (start < to) {
            add(text, start, trimEnd(text, start, to), paragraph, out);
        }
    }

    private boolean endsSentence(String text, int dot, int to) {
        int next = dot + 1;
        while (next < to && isClosingQuote(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int after = skipSpace(text, next, to);
        if (after >= to) {
            return true;
        }
        char a = text.charAt(after);
        if (!(Character.isUpperCase(a) || Character.isDigit(a) || isOpeningQuote(a))) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        if (NON_TERMINAL.contains(word.toLowerCase())) {
            return false;
        }
        // "U.S. officials": a dotted abbreviation followed by a capitalised word is ambiguous;
        // keep it inside the sentence, which costs less than cutting a name in two.
        return !(word.length() == 1 && w > 0 && text.charAt(w - 1) == '.') && !middleInitial(text, w, word);
    }

    /** "Harry S. Truman", "George W. Bush": one capital after a capitalised given name. */
    private static boolean middleInitial(String text, int w, String word) {
        if (word.length() != 1 || !Character.isUpperCase(word.charAt(0)) || w < 3 || text.charAt(w - 1) != ' ') {
            return false;
        }
        int p = w - 1;
        while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        return w - 1 - p >= 2 && Character.isUpperCase(text.charAt(p)) && Character.isLowerCase(text.charAt(w - 2));
    }

    private void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        if (end > start) {
            out.add(new Sentence(out.size(), paragraph, start, end, tokenizer.tokenize(text, start, end)));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    public static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
    }

    public static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }
}
