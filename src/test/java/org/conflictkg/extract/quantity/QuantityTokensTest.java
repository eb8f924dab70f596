package org.conflictkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.text.RealArticles;
import org.junit.jupiter.api.Test;

/** The quantity tokenizer, a hand-written scan, gives exactly the tokens of the regex it replaced. */
class QuantityTokensTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "US\\$|[$\u20AC\u00A3%]|\\d+(?:[.,]\\d+)*|\\p{L}+(?:['\u2019]\\p{L}+)*|-");

    private static List<String> scanned(String text, int from, int to) {
        return QuantityExtractor.tokens(text, from, to).stream().map(t -> t.text() + "@" + t.start() + "-" + t.end()).toList();
    }

    private static List<String> reference(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.group() + "@" + m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void moneyNumbersWordsAndSignsAreSplitAsTheRegexSplitsThem() {
        String text = "US$64 billion, \u20AC5.5m and 10,000.25 troops (20%) in Kyiv\u2019s 800-mile zone; USA 1,2,";
        assertEquals(List.of("US$", "64", "billion", "\u20AC", "5.5", "m", "and", "10,000.25", "troops", "20", "%", "in",
                "Kyiv\u2019s", "800", "-", "mile", "zone", "USA", "1,2"),
                QuantityExtractor.tokens(text, 0, text.length()).stream().map(QuantityExtractor.Tok::text).toList());
        assertEquals(reference(text, 0, text.length()), scanned(text, 0, text.length()));
    }

    @Test
    void astralLettersAndOtherDigitsKeepTheRegexOffsets() {
        String text = "\uD835\uDC00bc \u0663\u0664 x\uD83D\uDE00y l'\uD835\uDC00 US$ U";
        for (int to = 0; to <= text.length(); to++) {
            assertEquals(reference(text, 0, to), scanned(text, 0, to), "to " + to);
        }
    }

    @Test
    void everySentenceOfTheRealArticlesTokenizesAsWithTheRegex() {
        int tokens = 0;
        for (RealArticles.Located l : RealArticles.sentences()) {
            String text = l.doc().text();
            List<String> expected = reference(text, l.sentence().start(), l.sentence().end());
            assertEquals(expected, scanned(text, l.sentence().start(), l.sentence().end()));
            tokens += expected.size();
        }
        assertTrue(tokens > 5_000, tokens + " tokens");
    }
}
