package org.conflictkg.extract.role;

import static org.conflictkg.extract.entity.EntityRulesFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.junit.jupiter.api.Test;

class RoleExtractorTest {

    private static List<String> roles(String text) {
        ArticleAnalysis a = analyse(text);
        return a.roles().stream().map(r -> r.holder().value() + " | " + r.title() + " | "
                + r.organization().map(Object::toString).orElse("-")).toList();
    }

    @Test
    void titleBeforeNameWithDemonymGivesRoleInThatState() {
        assertEquals(List.of("vladimir-putin | President | russia"),
                roles("Russian President Vladimir Putin previously expressed strong opposition."));
    }

    @Test
    void titleBeforeNameWithOrganisationGivesRoleThere() {
        assertEquals(List.of("person/dmitry-peskov | spokesperson | kremlin"),
                roles("Kremlin spokesperson Dmitry Peskov echoed these sentiments."));
    }

    @Test
    void possessiveTitleBeforeACommaAndName() {
        assertEquals(List.of("radoslaw-sikorski | foreign minister | poland"),
                roles("Poland\u2019s foreign minister, Radoslaw Sikorski, framed the policy shift."));
    }

    @Test
    void partyBeforeTitleIsTheRolesOrganisation() {
        assertEquals(List.of("mike-turner | Representative | republican-party"),
                roles("Republican Representative Mike Turner supported the decision."));
    }

    @Test
    void appositionGivesTitleAndTheOrganisationAfterIt() {
        assertEquals(List.of("person/alex-plitsas | expert | organization/atlantic-council"),
                roles("\u201CIt came too late,\u201D remarked Alex Plitsas, an expert with the Atlantic Council."));
        assertEquals(List.of("person/richard-grenell | advisor | donald-trump"),
                roles("Richard Grenell, an advisor to Trump, criticized the decision."));
        assertEquals(List.of("person/andrei-klishas | lawmaker | russia"),
                roles("Andrei Klishas, a senior Russian lawmaker, condemned it."));
    }

    @Test
    void personNounsThatAreNoRolesGiveNone() {
        assertEquals(List.of(), roles("Richard Grenell, a well-known foreign policy ally, shared his disapproval."));
    }

    @Test
    void capitalisedAndBoundedLowerCaseModifiersBelongToTheTitle() {
        assertEquals(List.of("person/anna-berg | Deputy Energy Secretary | -"),
                roles("Deputy Energy Secretary Anna Berg said the plan was ready."));
        assertEquals(List.of("person/jan-novak | foreign policy chief | european-union"),
                roles("The EU's foreign policy chief Jan Novak said the plan was ready."));
        assertEquals(List.of("person/omar-haddad | former parliamentary leader | -"),
                roles("Omar Haddad, the party's former parliamentary leader, said the plan was ready."));
    }

    @Test
    void coordinatedTitlesGiveOneRoleEachPastAnHonorific() {
        assertEquals(List.of("person/khalid-bin-hamad-al-nasser | Foreign Minister | qatar",
                        "person/khalid-bin-hamad-al-nasser | Prime Minister | qatar"),
                roles("Qatar's Prime Minister and Foreign Minister Sheikh Khalid bin Hamad Al Nasser spoke."));
    }

    @Test
    void aTitleWithItsComplementBeforeACommaAndName() {
        assertEquals(List.of("person/lena-holm | special envoy for Yemen | united-nations"),
                roles("The U.N. special envoy for Yemen, Lena Holm, urged restraint."));
    }

    @Test
    void aShorterTitleOfTheSamePersonIsTheSameRole() {
        assertEquals(List.of("person/mike-johnson | House Speaker | -"),
                roles("Speaker Mike Johnson spoke first. Later, House Speaker Mike Johnson said he agreed."));
    }

    @Test
    void headOfABodyOfAnOrganisationIsTitledWithTheBody() {
        assertEquals(List.of("person/ivan-sokolov | head of the foreign affairs committee | state-duma"),
                roles("Ivan Sokolov, head of the State Duma's foreign affairs committee, called the move reckless."));
    }

    @Test
    void ofTwoStackedTitlesTheOuterOneIsTheRole() {
        assertEquals(List.of("person/issa-boubacar | spokesman | -"),
                roles("The order was read out by army spokesman Colonel-Major Issa Boubacar on Friday."));
    }

    @Test
    void aPrepositionBeforeATitleIsNoPartOfIt() {
        assertEquals(List.of("pete-hegseth | Defense Secretary | -"),
                roles("The change was made at the request of Defense Secretary Pete Hegseth."));
    }

    @Test
    void aTitleWithALongerComplementBeforeACommaAndName() {
        assertEquals(List.of("person/james-holt | spokesman | nsc"),
                roles("A spokesman for the National Security Council, James Holt, declined to comment."));
    }

    @Test
    void anUnnamedSourcePhraseAfterANameIsItsTitle() {
        assertEquals(List.of("person/ri-hyon-gun | senior official | -"),
                roles("Ri Hyon Gun, the minister's sister and a senior official of the ruling party, dismissed the move."));
    }
}
