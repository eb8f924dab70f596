package org.conflictkg.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static final String TWO = "Niger's junta ordered the EU mission to leave and suspended the BBC's broadcasts.\n";

    @Test
    void declinedToEndorseOrCriticiseIsNeutral() {
        List<String> p = positions(DECISION + "NATO chief Mark Rutte declined to endorse or criticise the step.");
        assertTrue(p.contains("Mark Rutte neutral decision") && p.size() == 1, p.toString());
    }

    @Test
    void notCriticisingADecisionIsNeutralNotSupport() {
        List<String> p = positions(DECISION + "Chinese spokesman Lin Jian did not criticise the sanctions.");
        assertTrue(p.contains("Lin Jian neutral decision") && p.size() == 1, p.toString());
    }

    @Test
    void notCriticisingButRegrettingStaysNeutral() {
        List<String> p = positions(DECISION + "Germany did not criticise the sanctions but said it regretted the loss of"
                + " a channel of dialogue.");
        assertTrue(p.contains("Germany neutral decision") && p.size() == 1, p.toString());
    }

    @Test
    void callingForADecisionToBeReversedOpposesIt() {
        List<String> p = positions(TWO + "The BBC said it was deeply concerned by the broadcasting ban and called on the"
                + " authorities to reverse it.");
        assertTrue(p.contains("BBC opposes decision") && p.stream().allMatch(x -> x.contains("opposes")), p.toString());
    }

    @Test
    void urgingToReconsiderBothDecisionsOpposesEach() {
        Analysed a = Analysed.text(TWO + "ECOWAS urged the junta to reconsider both decisions.");
        List<String> targets = a.analysis().positions().stream().filter(p -> p.stance() == Stance.OPPOSES)
                .map(p -> ((Target.OfPolicy) p.target()).policy().value()).distinct().sorted().toList();
        assertEquals(List.of("expulsion/niger/organization/eu-mission", "suspension/niger/bbc"), targets);
    }

    @Test
    void aStanceOnTheNamedDecisionGoesToThatDecision() {
        Analysed a = Analysed.text(TWO + "Kaja Kallas condemned the expulsion.");
        List<String> targets = a.analysis().positions().stream()
                .map(p -> ((Target.OfPolicy) p.target()).policy().value()).toList();
        assertEquals(List.of("expulsion/niger/organization/eu-mission"), targets);
    }

    @Test
    void aStateStanceReportedByANamedSpeakerIsTheSpeakersToo() {
        List<String> p = positions(DECISION + "Hungary did not block the decision, Prime Minister Viktor Orban told"
                + " state radio.");
        assertTrue(p.contains("Viktor Orb\u00e1n neutral decision") && p.contains("Hungary neutral decision"), p.toString());
    }

    @Test
    void reportedSpeechThatJudgesTheDecisionGivesTheSpeakersStance() {
        List<String> p = positions(DECISION + "The Kremlin said Washington's decision would drag the United States"
                + " deeper into the war.");
        assertTrue(p.contains("Kremlin opposes decision"), p.toString());
    }

    @Test
    void aStepTakenAtSomeonesRequestIsSupportedByThem() {
        List<String> p = positions(DECISION + "Officials said President Donald Trump approved the change at the request"
                + " of Defense Secretary Pete Hegseth.");
        assertTrue(p.contains("Pete Hegseth supports decision"), p.toString());
    }

    @Test
    void dismissingMeasuresAsSomethingOpposesThem() {
        List<String> p = positions(DECISION + "Kim Yo Jong dismissed Washington's measures as a laughable act.");
        assertTrue(p.contains("Kim Yo Jong opposes decision"), p.toString());
    }

    @Test
    void concernAboutSomethingElseIsNoStanceOnTheDecision() {
        List<String> p = positions(DECISION + "The Red Cross said it was deeply concerned about civilian casualties.");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void aLongOverdueStepInAQuotationSupportsIt() {
        Analysed a = Analysed.text(DECISION + "\"This is a long-overdue step,\" Ukrainian Foreign Minister Andrii"
                + " Sybiha said.");
        assertTrue(a.analysis().positions().stream().anyMatch(x -> x.stance() == Stance.SUPPORTS
                && a.label(x.holder()).equals("Andrii Sybiha")), a.analysis().positions().toString());
    }
}
