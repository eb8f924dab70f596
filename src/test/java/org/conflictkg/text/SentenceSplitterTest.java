package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        Document doc = Document.of("t", text);
        return splitter.split(doc).stream().map(s -> s.text(doc)).toList();
    }

    @Test
    void dottedAbbreviationBeforeACapitalDoesNotEndTheSentence() {
        assertEquals(List.of("Ukraine may use U.S. Weapons now.", "Russia objected."),
                sentences("Ukraine may use U.S. Weapons now. Russia objected."));
    }

    @Test
    void closingQuotationMarkStaysWithItsSentence() {
        assertEquals(List.of("He said: \u201CWe\u2019re working that out now.\u201D", "Then he left."),
                sentences("He said: \u201CWe\u2019re working that out now.\u201D Then he left."));
    }

    @Test
    void eachLineIsItsOwnParagraph() {
        Document doc = Document.of("t", "Headline here\nFirst sentence. Second one.\n\nThird.");
        List<Sentence> s = splitter.split(doc);
        assertEquals(4, s.size());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void titleAbbreviationDoesNotEndTheSentence() {
        assertEquals(List.of("Donald Trump Jr. has voiced criticism."),
                sentences("Donald Trump Jr. has voiced criticism."));
    }
}
