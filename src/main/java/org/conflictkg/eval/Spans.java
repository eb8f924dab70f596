package org.conflictkg.eval;

import java.util.HashSet;
import java.util.Set;
import org.conflictkg.text.CharSpan;

/** Span arithmetic of the scoring rules: overlap, Jaccard, and trimming quotation marks. */
final class Spans {

    /** Spaces and quotation marks trimmed from both ends of quote spans before they are compared. */
    private static final String QUOTE_CHARS = " \t\n\"'\u201c\u201d\u2018\u2019";

    private Spans() {
    }

    static int overlap(CharSpan a, CharSpan b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }

    static double jaccard(CharSpan a, CharSpan b) {
        int union = Math.max(a.end(), b.end()) - Math.min(a.begin(), b.begin());
        return union == 0 ? 0.0 : (double) overlap(a, b) / union;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 0.0 : (double) inter.size() / union.size();
    }

    /** The span without leading and trailing spaces and quotation marks of the text (code points). */
    static CharSpan trimQuotes(CharSpan span, int[] codePoints) {
        int b = span.begin();
        int e = span.end();
        while (b < e && isQuoteChar(codePoints, b)) {
            b++;
        }
        while (e > b && isQuoteChar(codePoints, e - 1)) {
            e--;
        }
        return new CharSpan(b, e);
    }

    private static boolean isQuoteChar(int[] codePoints, int i) {
        return i < codePoints.length && QUOTE_CHARS.indexOf(codePoints[i]) >= 0;
    }
}
