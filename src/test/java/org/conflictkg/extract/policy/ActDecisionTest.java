package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

class ActDecisionTest {

    private static List<String> keys(String text) {
        return Analysed.text(text).analysis().policies().stream().map(p -> p.key().value()).toList();
    }

    @Test
    void sanctionsImposedByAStateAreADecisionOfThatState() {
        assertEquals(List.of("sanctions/united-states/russia"),
                keys("The United States on Friday imposed new sanctions on Russia over the war."));
    }

    @Test
    void aDepartmentDecidesForItsStateAndLaterStatementsJoinTheFirst() {
        List<String> k = keys("The United States on Friday imposed new sanctions on Russia.\n"
                + "The Treasury Department also blacklisted five companies based in China.");
        assertEquals(List.of("sanctions/united-states/russia", "sanctions/united-states/russia"), k);
    }

    @Test
    void sanctionsOfDifferentDecidersAreDifferentDecisions() {
        List<String> k = keys("The United States imposed sanctions on Russia.\n"
                + "The European Union agreed to impose asset freezes and travel bans on Russia.");
        assertEquals(2, k.stream().distinct().count(), k.toString());
        assertTrue(k.get(1).startsWith("sanctions/european-union/"), k.toString());
    }

    @Test
    void aPassedBillIsLegislationOfTheChamber() {
        assertEquals(List.of("legislation/united-states/russia"),
                keys("The U.S. Senate on Thursday approved legislation that would impose tariffs on Russia."));
    }

    @Test
    void aDatedEarlierLawIsAnotherDecision() {
        List<String> k = keys("Congress last approved aid for Ukraine in April 2024, when lawmakers passed a"
                + " $61 billion package.");
        assertTrue(k.stream().allMatch(x -> x.endsWith("/2024-04")), k.toString());
    }

    @Test
    void strikesAcrossACountryAreADecisionAgainstThatTerritory() {
        assertEquals(List.of("strikes/united-states/yemen"),
                keys("U.S. and British forces struck more than 30 targets across Yemen overnight."));
    }

    @Test
    void thePronounAfterASpeechVerbIsTheSpeakerDeciding() {
        assertEquals(List.of("blacklist/china/unknown"),
                keys("China's Commerce Ministry said it had added three U.S. defence companies to its"
                        + " \"unreliable entity list\"."));
        assertEquals(List.of("weapons-supply/germany/ukraine/germany"),
                keys("Germany said it would send cruise missiles to Ukraine."));
    }

    @Test
    void aMeasureNamedWithoutADeciderIsNoDecision() {
        assertEquals(List.of(), keys("The sanctions list grew longer."));
    }

    @Test
    void aProposalWithItsMeasureBeforeTheCueIsPresentedByItsAgent() {
        assertEquals(List.of("proposal/united-states/ceasefire"),
                keys("Israel is weighing a three-phase ceasefire proposal presented by the United States."));
    }

    @Test
    void aPassiveBanNamesItsTargetNotItsDecider() {
        assertEquals(List.of(), keys("British casinos will be banned from using American machines."));
    }

    @Test
    void theAgencyOfADatelineDecidesNothing() {
        assertEquals(List.of("suspension/niger/bbc"), keys("NIAMEY, Oct 2 (Reuters) - Niger's military government"
                + " suspended the BBC's broadcasts for three months."));
    }

    @Test
    void twoLeadersSigningMakeAnAgreementBetweenTheirStates() {
        assertEquals(List.of("agreement/armenia/azerbaijan"), keys("Armenian Prime Minister Nikol Pashinyan and"
                + " Azerbaijani President Ilham Aliyev signed a peace agreement at the White House on Friday."));
    }

    @Test
    void aParticipleAfterAnActSpellsItOut() {
        assertEquals(List.of("blacklist/china/unknown"), keys("China's Commerce Ministry said it had added three U.S."
                + " companies to its \"unreliable entity list\", banning them from trading and freezing any assets."));
    }

    @Test
    void aDecisionOnlyTheHeadlineStatesIsNoDecision() {
        assertEquals(List.of("arms-export/italy/israel"), keys("Italy approves arms export package for Israel\n"
                + "ROME (Reuters) - Italy's government has approved export licences worth 120 million euros for"
                + " naval guns to Israel."));
    }

    @Test
    void aBallisticMissileLaunchIsAnAct() {
        assertEquals(List.of("missile-test/north-korea/unknown"),
                keys("North Korea fired an intercontinental ballistic missile on Tuesday."));
    }

    @Test
    void aRefusedOrNamedActIsNoDecision() {
        assertEquals(List.of(), keys("The United States has refused to sign the Kyoto treaty."));
        assertEquals(List.of(), keys("Hilton was dropped after suggesting the signing of the Maastricht Treaty."));
    }
}
