package org.conflictkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

/** Gold quantities of the seed articles. */
class SeedQuantitiesTest {

    private static boolean found(String seed, double value, String unit, String evidence) {
        Analysed a = Analysed.seed(seed);
        return a.analysis().quantities().stream().anyMatch(q -> q.value() == value && q.unit().equals(unit)
                && evidence.contains(a.cover(q.evidence().span())));
    }

    @Test
    void atacmsRangeOf306KilometersIsFoundInBothArticlesThatGiveIt() {
        assertTrue(found("003_cd7ae7ab37400576.txt", 306, "km", "capable of reaching up to 306 kilometers"));
        assertTrue(found("004_1864db7bca409249.txt", 306, "km", "with a range of up to 306 kilometers"));
    }

    @Test
    void troopsMoneyAndDurationsOfTheFirstArticle() {
        assertTrue(found("000_1d5f898ef470540a.txt", 10000, "troops", "more than 10,000 North Korean troops"));
        assertTrue(found("000_1d5f898ef470540a.txt", 6.4e10, "USD", "more than $64 billion in military assistance"));
        assertTrue(found("000_1d5f898ef470540a.txt", 2, "months", "only two months remaining in office"));
    }
}
