package org.conflictkg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.text.Document;

/**
 * Finds the stretches of text between double quotation marks, paragraph by paragraph: curly
 * (“…”), straight ("…", told apart by the spaces around them) and guillemets («…»). A quotation
 * left open at the end of a paragraph continues when the next paragraph opens with a mark (the
 * typographic convention for a quote over several paragraphs); otherwise it is dropped with a
 * diagnostic, as are quotations over {@link #MAX_LENGTH} characters, so unbalanced marks never
 * swallow the rest of an article. Single quotes are not scanned: they double as apostrophes and in
 * news text mostly mark headlines. Stateless.
 */
public final class QuoteScanner {

    /** Longest quotation kept, in UTF-16 units; longer ones are taken to be unbalanced marks. */
    public static final int MAX_LENGTH = 1500;

    /**
     * A quoted stretch: the words between the marks ({@code [start, end)}, UTF-16), the paragraph
     * range it lies in (for a quotation introduced by a colon line, from that line on), whether it
     * continues a quotation from the paragraph before, and whether it stands without marks after a
     * colon line.
     */
    public record Raw(int start, int end, int paragraphStart, int paragraphEnd, boolean continuation,
                      boolean introduced) {
    }

    /** What a scan found: quoted stretches in text order and the problems met. */
    public record Scan(List<Raw> quotes, List<Diagnostic> diagnostics) {
    }

    private static final String SOURCE = "quote-scanner";

    public Scan scan(Document doc) {
        String text = doc.text();
        List<Raw> out = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        List<int[]> paragraphs = paragraphs(text);
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p)[0];
            int pe = paragraphs.get(p)[1];
            int open = -1;
            boolean continuation = false;
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                if (!isDoubleMark(c)) {
                    continue;
                }
                boolean opening = opens(text, i, ps, pe);
                if (open < 0) {
                    if (opening) {
                        open = i;
                        continuation = carried && i == ps;
                    }
                    continue;
                }
                boolean lowCloser = text.charAt(open) == '\u201E' && c == '\u201C'; // „…“
                if (!opening || closes(text, i, pe) || lowCloser) {
                    add(doc, out, diags, open + 1, i, ps, pe, continuation);
                    open = -1;
                } else if (afterSentenceEnd(text, i, open)) {
                    // "…Blackpool. "Obviously we failed.": a new sentence of the same quotation
                    // opened again without closing (a paragraph break lost in the text)
                    add(doc, out, diags, open + 1, i, ps, pe, continuation);
                    open = i;
                    continuation = true;
                } else {
                    diags.add(Diagnostic.warning(SOURCE, doc.span(open, i + 1),
                            "quotation mark opened twice; the first one is ignored"));
                    open = i;
                }
            }
            carried = false;
            if (open >= 0) {
                boolean nextOpens = p + 1 < paragraphs.size() && isOpeningMark(text.charAt(paragraphs.get(p + 1)[0]));
                if (nextOpens) {
                    add(doc, out, diags, open + 1, pe, ps, pe, continuation);
                    carried = true;
                } else {
                    diags.add(Diagnostic.warning(SOURCE, doc.span(open, pe),
                            "quotation mark not closed by the end of the paragraph; quotation ignored"));
                }
            }
        }
        return new Scan(List.copyOf(out), List.copyOf(diags));
    }

    private static void add(Document doc, List<Raw> out, List<Diagnostic> diags, int start, int end,
                            int ps, int pe, boolean continuation) {
        while (start < end && Character.isWhitespace(doc.text().charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(doc.text().charAt(end - 1))) {
            end--;
        }
        if (end - start > MAX_LENGTH) {
            diags.add(Diagnostic.warning(SOURCE, doc.span(start, end),
                    "quotation longer than " + MAX_LENGTH + " characters; taken as unbalanced marks and ignored"));
            return;
        }
        if (end > start) {
            out.add(new Raw(start, end, ps, pe, continuation, false));
        }
    }

    /** Non-blank lines, trimmed: the paragraphs, as the sentence splitter sees them. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** Whether the mark at {@code i} follows a sentence's end ("done. "Next") inside the open quote. */
    private static boolean afterSentenceEnd(String text, int i, int open) {
        int j = i - 1;
        while (j > open && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j > open && j < i - 1 && ".!?".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u201E';
    }

    /** Whether the mark at {@code i} can open a quotation. */
    private static boolean opens(String text, int i, int ps, int pe) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        boolean spaceBefore = i == ps || !Character.isLetterOrDigit(text.charAt(i - 1))
                && ".,;:!?".indexOf(text.charAt(i - 1)) < 0;
        boolean wordAfter = i + 1 < pe && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    /** Whether the mark at {@code i} can close a quotation. */
    private static boolean closes(String text, int i, int pe) {
        char c = text.charAt(i);
        if (c == '\u201D' || c == '\u00BB') {
            return true;
        }
        return c == '"' && (i + 1 >= pe || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }
}
