package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private List<String> tokens(String s) {
        return new Tokenizer().tokenize(s, 0, s.length()).stream().map(Token::text).toList();
    }

    @Test
    void dottedAbbreviationsAndNumbersWithSeparatorsAreSingleTokens() {
        assertEquals(List.of("U.S.", "sent", "10,000", "troops", "and", "$", "64", "billion", "."),
                tokens("U.S. sent 10,000 troops and $64 billion."));
    }

    @Test
    void possessiveAndHyphenatedWordsStayWhole() {
        assertEquals(List.of("Russia\u2019s", "long-range", "missiles"), tokens("Russia\u2019s long-range missiles"));
    }
}
