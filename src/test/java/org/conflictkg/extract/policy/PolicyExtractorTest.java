package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

class PolicyExtractorTest {

    private static final String P1 = "weapons-use/united-states/ukraine/united-states/russia";

    private static List<Policy> policies(String text) {
        return Analysed.text(text).analysis().policies();
    }

    private static List<String> keys(String text) {
        return policies(text).stream().map(p -> p.key().value()).toList();
    }

    @Test
    void permissionKeyIsDeciderActorWeaponOriginAndTerritory() {
        List<Policy> p = policies("President Joe Biden has authorized Ukraine to use U.S.-provided long-range missiles"
                + " to target locations within Russian territory.");
        assertEquals(1, p.size());
        assertEquals(P1, p.get(0).key().value());
        assertEquals(PolicyStatus.AUTHORISED, p.get(0).status());
        assertEquals("ukraine", p.get(0).permittedActor().orElseThrow().value());
        assertEquals("russia", p.get(0).territory().orElseThrow().value());
    }

    @Test
    void differentWordingsOfTheSameDecisionShareOneKey() {
        assertEquals(List.of(P1), keys("Biden's government has paved the way for Ukraine to launch strikes deep into"
                + " Russian territory using American-made armaments."));
        assertEquals(List.of(P1), keys("The White House's authorization for Ukraine to use long-range American missiles"
                + " within Russian territory is a shift."));
        assertEquals(List.of(P1), keys("The White House is easing restrictions on how Ukraine can use U.S. long-range"
                + " missiles to hit targets deep inside Russian territory."));
        assertEquals(List.of(P1), keys("Washington\u2019s nod to Kyiv to strike Russia could ignite a war."));
    }

    @Test
    void slotTheSentenceLeavesOpenIsFilledFromTheArticle() {
        List<String> k = keys("Joe Biden has authorized Ukraine to use U.S. missiles inside Russia.\n"
                + "The decision to greenlight Ukraine\u2019s use of U.S.-supplied missiles marks a pivotal moment.");
        assertEquals(List.of(P1, P1), k);
    }

    @Test
    void datedEarlierDecisionIsADifferentDecision() {
        List<Policy> p = policies("In May, the Biden administration decided to let Ukraine use certain weapons to hit"
                + " inside Russia, but prevented Kyiv from using long-range missiles.");
        assertEquals(1, p.size());
        assertEquals(P1 + "/m05", p.get(0).key().value());
        assertEquals(Optional.of("--05"), p.get(0).date());
    }

    @Test
    void interviewDateDoesNotDateADiscussedPermission() {
        assertEquals(List.of(P1), keys("In an interview in June, Jake Sullivan indicated that the U.S. might be willing"
                + " to expand the area it would allow Ukraine to use U.S. weapons in Russia."));
    }

    @Test
    void weaponsOfAnotherStateAreAnotherDecision() {
        List<Policy> p = policies("They discussed the U.S. agreeing to allow Ukraine to use U.K. long-range missiles"
                + " that contain American parts to strike inside Russia.");
        assertEquals("weapons-use/united-states/ukraine/united-kingdom/russia", p.get(0).key().value());
        assertEquals(PolicyStatus.DISCUSSED, p.get(0).status());
    }

    @Test
    void finalisingPlansGiveTheFinalisingStatus() {
        List<Policy> p = policies("The White House is finalizing plans to escalate the war by easing restrictions on how"
                + " Ukraine can use U.S. long-range missiles to hit targets deep inside Russian territory.");
        assertEquals(PolicyStatus.FINALISING, p.get(0).status());
    }

    @Test
    void proposalToFreezeTheFrontLinesIsAProposalNotAPermission() {
        List<Policy> p = policies("Advisers within Donald Trump's transition team are advocating for a proposal that"
                + " would freeze the current frontlines.");
        assertEquals(1, p.size());
        assertEquals("proposal/donald-trump/freeze-front-lines", p.get(0).key().value());
        assertEquals(PolicyStatus.PROPOSED, p.get(0).status());
    }

    @Test
    void permissionWithoutWeaponsOrStrikesIsNoWeaponsDecision() {
        assertTrue(keys("The court allowed Ukraine to appeal the ruling.").isEmpty());
    }

    @Test
    void weaponsOriginIsNotThePermittedActor() {
        assertTrue(keys("Kyiv called to lift all restrictions on the use of donated American weapons.").isEmpty());
    }

    @Test
    void permissionThatSaysNothingOfUsingTheWeaponsIsASupplyDecision() {
        assertEquals(List.of("weapons-supply/united-kingdom/ukraine/united-kingdom"),
                keys("Britain approved the delivery of more tanks to Ukraine on Monday."));
    }
}
