package org.conflictkg.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

class PositionExtractorTest {

    /** A sentence that states the decision, so that positions have a decision to be about. */
    private static final String DECISION = "Joe Biden has authorized Ukraine to use U.S. missiles inside Russia.\n";
    private static final String P1 = "weapons-use/united-states/ukraine/united-states/russia";

    /** Positions as "holder stance target". */
    private static List<String> positions(String text) {
        Analysed a = Analysed.text(text);
        return a.analysis().positions().stream().map(p -> a.label(p.holder()) + " " + p.stance().label() + " "
                + (p.target() instanceof Target.OfPolicy op ? op.policy().value()
                : a.label(((Target.OfEntity) p.target()).entity()))).toList();
    }

    @Test
    void criticismVerbAgainstTheDecisionIsOpposition() {
        assertEquals(List.of("Richard Grenell opposes " + P1),
                positions(DECISION + "Richard Grenell, an advisor to Trump, criticized Biden\u2019s decision."));
    }

    @Test
    void supportVerbWithTheDecisionAsObjectIsSupport() {
        assertEquals(List.of("Mike Turner supports " + P1),
                positions(DECISION + "Republican Representative Mike Turner supported the Biden administration\u2019s decision."));
    }

    @Test
    void rejectingAccusationsAboutTheDecisionIsSupport() {
        assertEquals(List.of("Jon Finer supports " + P1), positions("Deputy national security advisor Jon Finer firmly"
                + " rejected Moscow's accusations that the United States is escalating the conflict by authorizing"
                + " Ukrainian forces to use American-supplied missiles within Russian territory."));
    }

    @Test
    void negationBeforeTheVerbReversesTheStance() {
        assertEquals(List.of("Mike Turner opposes " + P1), positions(DECISION + "Mike Turner did not support the decision."));
    }

    @Test
    void stanceNounTakesTheHolderAfterFrom() {
        assertEquals(List.of("Vladimir Putin opposes " + P1),
                positions(DECISION + "This development has drawn sharp criticism from Vladimir Putin."));
    }

    @Test
    void stanceNounLinkedByALightVerbBelongsToTheSubject() {
        assertEquals(List.of("Donald Trump Jr. opposes " + P1),
                positions(DECISION + "Donald Trump Jr. has voiced criticism of the administration's decision."));
    }

    @Test
    void stanceNounWithoutLightVerbOrAgentIsNoPosition() {
        assertTrue(positions(DECISION + "Jon Finer addressed the Kremlin's concerns with a counter-argument.").isEmpty());
    }

    @Test
    void echoCopiesTheEchoedStanceToTheNewHolder() {
        List<String> p = positions(DECISION + "Vladimir Putin condemned the decision. Such a declaration is echoed by"
                + " Andrei Klishas, a senior parliamentarian.");
        assertEquals(List.of("Vladimir Putin opposes " + P1, "Andrei Klishas opposes " + P1), p);
    }

    @Test
    void sayingAStepCameTooLateIsSupportForIt() {
        assertEquals(List.of("Mike Turner supports " + P1),
                positions(DECISION + "Mike Turner expressed that easing restrictions was overdue."));
    }

    @Test
    void critiqueThatTheDecisionCameTooLateInsideAQuoteIsSupport() {
        List<String> p = positions(DECISION + "Alex Plitsas, an expert with the Atlantic Council, spoke on Monday. Yet, he critiqued, \u201CLike other"
                + " weapons systems, these decisions came far too late.\u201D");
        assertEquals(List.of("Alex Plitsas supports " + P1), p);
    }

    @Test
    void framingTheShiftAsACounterIsSupport() {
        assertEquals(List.of("Radosław Sikorski supports " + P1), positions(DECISION + "Poland\u2019s foreign minister,"
                + " Radoslaw Sikorski, framed the policy shift as a direct counter to North Korea\u2019s intervention."));
    }

    @Test
    void relativeClauseHolderIsTheNameBeforeWho() {
        assertEquals(List.of("Volodymyr Zelenskyy supports " + P1), positions(DECISION + "It follows requests from"
                + " Ukrainian President Volodymyr Zelenskiy, who has been advocating for the use of U.S. weapons."));
    }

    @Test
    void collectiveSourcesSpeakForTheirState() {
        assertEquals(List.of("Russia opposes " + P1),
                positions(DECISION + "Russian officials have warned of severe consequences."));
    }

    @Test
    void verbWithANamedObjectTargetsThatActor() {
        assertEquals(List.of("Donald Trump opposes Volodymyr Zelenskyy"),
                positions("Donald Trump criticized Zelensky in a speech on Monday."));
    }

    @Test
    void verbWithAnUnknownNamedObjectIsNotAboutTheDecision() {
        assertTrue(positions(DECISION + "Read more: Saudi Arabia criticizes Israel for attacking Iran").stream()
                .noneMatch(p -> p.endsWith(P1) && !p.startsWith("Joe Biden")));
    }
}
