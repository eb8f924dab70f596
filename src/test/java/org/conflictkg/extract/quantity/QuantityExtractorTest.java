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

    @Test
    void hyphenatedModifiersAndModelNamesSitBetweenANumberAndItsNoun() {
        List<String> q = quantities("Poland will buy at least five additional air-defence systems and about 40 PAC-3 missiles.");
        assertEquals(List.of("5 systems", "40 missiles"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }

    @Test
    void aCalibreInsideACountIsItsOwnMeasureAndAModifier() {
        List<String> q = quantities("The order covers four 155 mm howitzers.");
        assertEquals(List.of("4 guns", "155 mm"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }

    @Test
    void aPartOfACountedWholeCountsTheSameThing() {
        List<String> q = quantities("The coalition holds about 300 of the assembly's 450 seats.");
        assertEquals(List.of("300 seats", "450 seats"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }

    @Test
    void aBareNumberJoinedByAndToACountCountsTheSameThing() {
        List<String> q = quantities("The bill passed with 70 votes in favour and 25 against.");
        assertEquals(List.of("70 votes", "25 votes"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }

    @Test
    void aPluralDemonymIsACountOfPeople() {
        List<String> q = quantities("More than 20,000 ethnic Armenians left the region.");
        assertEquals(List.of("20000 people"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }

    @Test
    void aSingularCountNounAfterAHyphenCounts() {
        List<String> q = quantities("Both sides signed a 12-article declaration.");
        assertEquals(List.of("12 articles"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }

    @Test
    void aLongCapitalisedSystemNameSitsBetweenANumberAndItsNoun() {
        List<String> q = quantities("The package includes two National Advanced Surface-to-Air Missile System units.");
        assertEquals(List.of("2 units"), q.stream().map(x -> x.substring(0, x.indexOf(' ', x.indexOf(' ') + 1))).toList());
    }
}
