package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

class DecisionReferenceTest {

    private static List<String> statements(String text) {
        Analysed a = Analysed.text(text);
        return a.analysis().policies().stream().map(p -> p.key().value() + " = " + a.cover(p.evidence().span()))
                .toList();
    }

    @Test
    void aDefiniteReferenceNamesTheDecisionOfItsKind() {
        List<String> s = statements("Niger's junta ordered the EU mission to leave and suspended the BBC's broadcasts.\n"
                + "The BBC said it was concerned by the broadcasting ban.");
        assertTrue(s.contains("suspension/niger/bbc = the broadcasting ban"), s.toString());
    }

    @Test
    void theDecisionOnSomethingNamesTheDecisionThatSpeaksOfIt() {
        List<String> s = statements("Niger's junta ordered the EU mission to leave and suspended the BBC's broadcasts.\n"
                + "The junta did not consult its partners before taking the decision on the mission.");
        assertTrue(s.contains("expulsion/niger/organization/eu-mission = the decision"), s.toString());
    }

    @Test
    void aPossessorNamesTheDecider() {
        List<String> s = statements("North Korea fired an intercontinental ballistic missile on Tuesday.\n"
                + "Japan's government decided to freeze the assets of nine North Korean organisations.\n"
                + "Seoul supported Japan's asset freeze.");
        assertTrue(s.contains("sanctions/japan/north-korea = Japan's asset freeze"), s.toString());
    }

    @Test
    void anIndefiniteOrCoveringPhraseNamesNoDecision() {
        List<String> s = statements("The United States imposed sanctions on Russia.\n"
                + "Paul said it was a step toward war. Both measures were announced on Friday.");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void theOrderToExpelIsAReferenceNotAnotherExpulsion() {
        List<String> s = statements("Niger's junta ordered the EU mission to leave the country.\n"
                + "Kaja Kallas said the bloc regrets the order to expel its mission.");
        assertTrue(s.stream().allMatch(x -> x.startsWith("expulsion/niger/organization/eu-mission")), s.toString());
    }
}
