package org.conflictkg.extract.entity;

import static org.conflictkg.extract.entity.EntityRulesFixture.analyse;
import static org.conflictkg.extract.entity.EntityRulesFixture.entity;
import static org.conflictkg.extract.entity.EntityRulesFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.junit.jupiter.api.Test;

/** Names found without a title, apposition or speech verb next to them: by their shape and the words around. */
class UncuedNamesTest {

    @Test
    void givenNamesInAListOfObjectsMakePeople() {
        ArticleAnalysis a = analyse("The bill was opposed by Senators Ralf Stegner and Jeanne Okafor, who met with Nadia Brennan.");
        assertEquals(EntityType.PERSON, entity(a, "Jeanne Okafor").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(a, "Nadia Brennan").orElseThrow().type());
    }

    @Test
    void aGivenNameBeforeAPlacesHeadOrAfterAnArticleIsNoPerson() {
        ArticleAnalysis a = analyse("Protesters gathered in Victoria Street and marched past the George Hotel at noon.");
        assertTrue(entity(a, "Victoria Street").isEmpty(), a.entities().toString());
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), a.entities().toString());
    }

    @Test
    void aStatesNameBeginsTheOrganisationItHeads() {
        ArticleAnalysis a = analyse("A spokeswoman for China's Taiwan Affairs Office condemned the sale on Monday.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "China's Taiwan Affairs Office").or(() -> entity(a, "Taiwan Affairs Office"))
                .orElseThrow().type());
        assertTrue(entity(a, "Affairs Office").isEmpty(), a.entities().toString());
    }

    @Test
    void aPlacesHealthMinistryIsOneBodyKeyedByThePlace() {
        ArticleAnalysis a = analyse("The Gaza health ministry said 40 people died. Gaza's health ministry later raised the toll.");
        assertEquals(mentions(a, "Gaza health ministry").get(0).entity(), mentions(a, "Gaza's health ministry").get(0).entity());
        assertEquals(EntityType.ORGANIZATION, entity(a, "Gaza Health Ministry").orElseThrow().type());
    }

    @Test
    void aCapitalsMinistryIsItsStates() {
        ArticleAnalysis a = analyse("Beijing's foreign ministry protested. The Chinese foreign ministry said the sale was illegal.");
        assertEquals(mentions(a, "Beijing's foreign ministry").get(0).entity(),
                mentions(a, "Chinese foreign ministry").get(0).entity());
    }

    @Test
    void designatorsAndNamesBeforeWeaponNounsAreWeaponSystems() {
        ArticleAnalysis a = analyse("North Korea tested a Hwasong-20 intercontinental ballistic missile, and Ukraine used "
                + "Flamingo cruise missiles. Later the Hwasong-20 was shown again.");
        assertEquals(EntityType.WEAPON_SYSTEM, entity(a, "Hwasong-20").orElseThrow().type());
        assertEquals(EntityType.WEAPON_SYSTEM, entity(a, "Flamingo").orElseThrow().type());
        assertEquals(2, mentions(a, "Hwasong-20").size());
    }

    @Test
    void genericSystemsAndSentenceCapitalsAreNoWeapons() {
        ArticleAnalysis a = analyse("Critics said the Marlin system would fail. Linux-based systems and P2P systems spread.");
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.WEAPON_SYSTEM), a.entities().toString());
    }

    @Test
    void aShipsNameWithAMiddleInitialIsOneWeaponSystem() {
        ArticleAnalysis a = analyse("Jets flew from the aircraft carrier USS Harry S. Truman in the Red Sea.");
        assertEquals(EntityType.WEAPON_SYSTEM, entity(a, "USS Harry S. Truman").orElseThrow().type());
        assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON), a.entities().toString());
    }

    @Test
    void aTitleWithAComplementBeforeAnUnknownNameMakesAPerson() {
        ArticleAnalysis a = analyse("U.N. High Commissioner for Human Rights Heike Drosselmeyer welcomed the steps.");
        assertEquals(EntityType.PERSON, entity(a, "Heike Drosselmeyer").orElseThrow().type());
        assertTrue(a.roles().stream().anyMatch(r -> r.title().equals("High Commissioner for Human Rights")), a.roles().toString());
    }

    @Test
    void anOrganisationsPoliticalBureauIsABodyOfItsOwn() {
        ArticleAnalysis a = analyse("A member of the Houthi political bureau said the attacks would go on. "
                + "Hamas's political bureau did not comment, and the group's health ministry was not mentioned.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "Houthi Political Bureau").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(a, "Hamas Political Bureau").orElseThrow().type());
    }

    @Test
    void theSurnameOfAFullNameTheLexiconKnowsMentionsThatPerson() {
        ArticleAnalysis a = analyse("British Defence Secretary John Healey spoke first. Healey said in a statement that it was needed.");
        assertEquals(mentions(a, "John Healey").get(0).entity(), mentions(a, "Healey").get(0).entity());
    }
}
