package org.conflictkg.text;

/**
 * Line-ending normalisation: CRLF and a lone CR become LF. The result is the text that is stored
 * and that every span points into, so a file saved on Windows and the same file saved on Linux
 * give the same text, the same spans and the same graph. Nothing else is normalised: Unicode NFC
 * or NFKC would merge or split code points and move every later offset. Linear time. Stateless.
 */
public final class LineEndings {

    private LineEndings() {
    }

    /** The text with every CRLF and lone CR replaced by LF; the same instance when it has none. */
    public static String normalise(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, cr);
        for (int i = cr; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How many line breaks of {@code text} are CR or CRLF (0 when the text already uses LF only). */
    public static int carriageReturns(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                n++;
            }
        }
        return n;
    }
}
