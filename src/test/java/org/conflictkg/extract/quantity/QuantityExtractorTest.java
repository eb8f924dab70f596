package org.conflictkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    /** Quantities as "value unit about «evidence»". */
    private static List<String> quantities(String text) {
        Analysed a = Analysed.text(text);
        return a.analysis().quantities().stream().map(q -> (q.value() == Math.rint(q.value())
                ? String.valueOf((long) q.value()) : String.valueOf(q.value())) + " " + q.unit() + " "
                + q.about().map(k -> k.value()).orElse("-") + " \u00AB" + a.cover(q.evidence().span()) + "\u00BB").toList();
    }

    @Test
    void distanceInKilometersIsAboutTheWeaponBeforeIt() {
        assertEquals(List.of("306 km atacms \u00ABup to 306 kilometers\u00BB"),
                quantities("Ukraine will use ATACMS missiles, capable of reaching up to 306 kilometers."));
    }

    @Test
    void hyphenatedMeasuresAreQuantities() {
        assertEquals(List.of("800 miles - \u00AB800-mile\u00BB", "20 years - \u00AB20-year\u00BB"),
                quantities("It would create an 800-mile demilitarized zone and a 20-year moratorium."));
    }

    @Test
    void moneyWithCurrencySignAndScaleWord() {
        assertEquals(List.of("64000000000 USD united-states \u00ABmore than $64 billion\u00BB"),
                quantities("The United States has provided more than $64 billion in military assistance."));
    }

    @Test
    void countAfterModifiersIsAboutTheStateTheyName() {
        assertEquals(List.of("10000 troops north-korea \u00ABmore than 10,000 North Korean troops\u00BB"),
                quantities("Russia deployed more than 10,000 North Korean troops into the conflict."));
    }

    @Test
    void percentageOfAStateIsAboutThatState() {
        assertEquals(List.of("20 percent ukraine \u00ABroughly 20%\u00BB"),
                quantities("Russia would keep the territories it occupies, roughly 20% of Ukraine."));
    }

    @Test
    void numberWordsCount() {
        assertEquals(List.of("2 months joe-biden \u00ABtwo months\u00BB"),
                quantities("President Biden has only two months remaining in office."));
    }

    @Test
    void yearsDatesAndBareNumbersAreNoQuantities() {
        assertTrue(quantities("In February 2022, and again on January 20, one of the 3 options was chosen.").isEmpty());
    }

    @Test
    void countsOfGeneralThingsWithLowerCaseModifiersBeforeTheNoun() {
        List<String> q = quantities("The Treasury blacklisted seven companies and three U.S. defence companies,"
                + " and the navy saw two commercial vessels and 84 co-sponsors.");
        assertTrue(q.stream().anyMatch(x -> x.startsWith("7 companies")), q.toString());
        assertTrue(q.stream().anyMatch(x -> x.startsWith("3 companies")), q.toString());
        assertTrue(q.stream().anyMatch(x -> x.startsWith("2 ships")), q.toString());
        assertTrue(q.stream().anyMatch(x -> x.startsWith("84 co-sponsors")), q.toString());
    }

    @Test
    void theIndefiniteArticleIsOneOnlyBeforeAUnitOfMeasure() {
        List<String> q = quantities("The vote came a week after a deal on a tank.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).startsWith("1 weeks"), q.toString());
    }
}
