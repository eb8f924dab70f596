package org.conflictkg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gold facts of the seed articles (data/gold/seed-gold.json) that the quotation extractor must keep. */
class SeedQuotationsTest {

    @Test
    void peskovsStandaloneQuoteAfterTheColonLineIsAttributedToPeskov() {
        List<String> q = Analysed.seed("000_1d5f898ef470540a.txt").quotes();
        assertTrue(q.contains("Dmitry Peskov: If this decision is taken, it will mean nothing less than the direct"
                + " involvement of NATO countries, the United States and European countries in the war in Ukraine"), q::toString);
    }

    @Test
    void putinsInterruptedQuoteIsTwoQuotesByPutin() {
        List<String> q = Analysed.seed("001_49b24d08c9ff5df6.txt").quotes();
        assertEquals(List.of("Vladimir Putin: Flight assignments for these missile systems can, in fact, only be entered"
                        + " by military personnel from NATO countries. Ukrainian servicemen cannot do this,",
                "Vladimir Putin: This is not about Ukraine\u2019s capacity; it\u2019s about NATO and the U.S. directly"
                        + " participating in the conflict."), q);
    }

    @Test
    void consecutiveQuotesAfterHeSaidBelongToSullivan() {
        List<String> q = Analysed.seed("002_f8d1325b0194e9f8.txt").quotes();
        assertEquals(3, q.size(), q::toString);
        assertTrue(q.get(1).startsWith("Jake Sullivan: It is not about geography"), q::toString);
        assertTrue(q.get(2).startsWith("Jake Sullivan: If Russia is attacking"), q::toString);
    }

    @Test
    void everyQuoteOfTheReutersStyleArticleHasItsGoldSpeaker() {
        List<String> speakers = Analysed.seed("003_cd7ae7ab37400576.txt").quotes().stream()
                .map(s -> s.substring(0, s.indexOf(':'))).toList();
        assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Vladimir Dzhabarov", "Richard Grenell",
                "Alex Plitsas", "Alex Plitsas", "Mike Turner", "Radosław Sikorski"), speakers);
    }
}
