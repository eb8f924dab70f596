package org.conflictkg.text;

import java.util.Optional;
import java.util.function.Consumer;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Decides whether decoded text is an article the extractors can work on. Rejects (ARTICLE_REJECTED)
 * text with nothing to extract (empty, whitespace only), binary content (a NUL character, or more
 * than {@link #MAX_CONTROL_SHARE} of the code points control characters) and an HTML page saved
 * as text: stripping tags would keep menus, scripts and footers as "article" text and make up
 * sentences across block boundaries, so the user is asked for the article's text instead. A few
 * stray control characters in otherwise good text are kept (removing them would move offsets) and
 * reported as a warning. Stateless.
 */
public final class ContentGuard {

    /** Share of control characters (other than tab, line feed, carriage return, form feed) above which text is binary. */
    public static final double MAX_CONTROL_SHARE = 0.05;

    private ContentGuard() {
    }

    /** Throws if {@code text} is not an article; reports recoverable oddities to {@code diagnostics}. */
    public static void check(String text, String source, Consumer<Diagnostic> diagnostics) {
        int codePoints = 0;
        int controls = 0;
        int firstControl = -1;
        int firstControlChar = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0) {
                throw new KgException(ErrorCode.ARTICLE_REJECTED, source + ": NUL character at code point "
                        + codePoints + ": this is a binary file, not an article; an article must be plain text");
            }
            if (isStrayControl(cp)) {
                controls++;
                if (firstControl < 0) {
                    firstControl = codePoints;
                    firstControlChar = cp;
                }
            }
            if (blank && !isBlank(cp)) {
                blank = false;
            }
            codePoints++;
            i += Character.charCount(cp);
        }
        if (blank) {
            throw new KgException(ErrorCode.ARTICLE_REJECTED, source + ": "
                    + (text.isEmpty() ? "empty file" : "only whitespace") + ": nothing to extract; check that"
                    + " the article text was saved into the file");
        }
        if (controls > MAX_CONTROL_SHARE * codePoints) {
            throw new KgException(ErrorCode.ARTICLE_REJECTED, source + ": " + controls + " of " + codePoints
                    + " characters are control characters: this is a binary file, not an article; an"
                    + " article must be plain UTF-8 text");
        }
        htmlStart(text).ifPresent(tag -> {
            throw new KgException(ErrorCode.ARTICLE_REJECTED, source + ": starts with " + tag + ": an HTML"
                    + " page saved as text; copy the article's text (headline and body) into a plain UTF-8"
                    + " .txt file instead");
        });
        if (controls > 0) {
            diagnostics.accept(Diagnostic.warning(source, new CharSpan(firstControl, firstControl + 1),
                    controls + " control character(s), first at code point " + firstControl
                            + " (U+" + String.format("%04X", firstControlChar)
                            + "); kept as they are, so offsets stay true to the file"));
        }
    }

    /** The markup an HTML page opens with, if the text (after leading whitespace) is one. */
    static Optional<String> htmlStart(String text) {
        int i = 0;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        for (String tag : new String[] {"<!doctype", "<html"}) {
            int end = i + tag.length();
            if (text.regionMatches(true, i, tag, 0, tag.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Optional.of(text.substring(i, end));
            }
        }
        return Optional.empty();
    }

    private static boolean isStrayControl(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f';
    }

    /** Whitespace in the wide sense, including no-break spaces and the zero-width byte order mark. */
    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF' || cp == '\u200B';
    }
}
