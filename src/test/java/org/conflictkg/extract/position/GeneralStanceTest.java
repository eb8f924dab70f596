package org.conflictkg.extract.position;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

class GeneralStanceTest {

    private static final String DECISION = "The United States on Friday imposed new sanctions on Russia.\n";

    private static List<String> positions(String text) {
        Analysed a = Analysed.text(text);
        return a.analysis().positions().stream()
                .map(p -> a.label(p.holder()) + " " + p.stance().label()
                        + (p.target() instanceof Target.OfPolicy ? " decision" : " entity"))
                .toList();
    }

    @Test
    void notOpposingButStoppingShortOfEndorsingIsNeutral() {
        List<String> p = positions(DECISION + "Chancellor Olaf Scholz did not oppose the move, but he stopped short"
                + " of endorsing it.");
        assertTrue(p.stream().allMatch(x -> x.contains("neutral")) && !p.isEmpty(), p.toString());
    }

    @Test
    void everyStateOfACoordinatedSubjectHoldsTheStance() {
        List<String> p = positions(DECISION + "France, Germany and Britain issued a joint statement backing the"
                + " U.S.-backed measures.");
        assertTrue(p.contains("France supports decision") && p.contains("Germany supports decision")
                && p.contains("United Kingdom supports decision"), p.toString());
    }

    @Test
    void thankingTheDeciderSupportsTheDecision() {
        List<String> p = positions(DECISION + "President Volodymyr Zelenskyy thanked Joe Biden in a post.");
        assertTrue(p.contains("Volodymyr Zelenskyy supports decision"), p.toString());
    }

    @Test
    void aJudgingQuotationGivesItsSpeakersStance() {
        List<String> p = positions(DECISION + "\"These sanctions are a blatant violation of international law,\""
                + " Kremlin spokesman Dmitry Peskov said.");
        assertTrue(p.contains("Dmitry Peskov opposes decision"), p.toString());
    }

    @Test
    void aGerundAfterAPrepositionIsNoStance() {
        List<String> p = positions(DECISION + "Russia said any expansion with U.S. backing would be met.");
        assertTrue(p.stream().noneMatch(x -> x.startsWith("United States")), p.toString());
    }
}
