package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void spansCountCodePointsNotUtf16UnitsAfterAnEmoji() {
        String text = "\uD83D\uDE80 Putin said \u201Cno\u201D.";
        Document doc = Document.of("t", text);
        int utf16 = text.indexOf("Putin");
        assertEquals(3, utf16, "the rocket takes two UTF-16 units");
        CharSpan span = doc.span(utf16, utf16 + 5);
        assertEquals(new CharSpan(2, 7), span);
        assertEquals("Putin", doc.cover(span));
        assertEquals(text.codePointCount(0, text.length()), doc.codePointLength());
    }

    @Test
    void utf16AndCodePointOffsetsRoundTrip() {
        String text = "a\uD834\uDD1Eb\uD83D\uDE00c";
        Document doc = Document.of("t", text);
        for (int cp = 0; cp <= doc.codePointLength(); cp++) {
            int u = doc.utf16(cp);
            assertEquals(cp, doc.span(u, u).begin());
        }
    }

    @Test
    void coverRejectsSpansBeyondTheText() {
        Document doc = Document.of("t", "short");
        assertThrows(IllegalArgumentException.class, () -> doc.cover(new CharSpan(2, 9)));
    }

    @Test
    void charSpanRejectsNegativeAndInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 4));
        assertEquals("[3,7)", new CharSpan(3, 7).toString());
    }
}
