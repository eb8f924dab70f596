package org.conflictkg.extract.entity;

import static org.conflictkg.extract.entity.EntityRulesFixture.analyse;
import static org.conflictkg.extract.entity.EntityRulesFixture.entity;
import static org.conflictkg.extract.entity.EntityRulesFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.resolve.Entity;
import org.junit.jupiter.api.Test;

class NamePatternExtractorTest {

    @Test
    void titleBeforeAnUnknownNameMakesAPersonWithAStableKey() {
        ArticleAnalysis a = analyse("Officials met on Monday, and deputy national security advisor Jon Finer rejected the claim.");
        Entity finer = entity(a, "Jon Finer").orElseThrow();
        assertEquals(EntityType.PERSON, finer.type());
        assertEquals("person/jon-finer", finer.key().value());
        assertEquals("title-before-name", mentions(a, "Jon Finer").get(0).mention().evidence().rule());
    }

    @Test
    void appositionAfterANameMakesAPersonEvenAtTheStartOfASentence() {
        ArticleAnalysis a = analyse("Andrei Klishas, a senior Russian lawmaker, condemned the policy shift.");
        assertEquals(EntityType.PERSON, entity(a, "Andrei Klishas").orElseThrow().type());
        assertEquals("apposition", mentions(a, "Andrei Klishas").get(0).mention().evidence().rule());
    }

    @Test
    void speechVerbAfterACapitalisedNameMakesAPersonAndTheSurnameFollows() {
        ArticleAnalysis a = analyse("The fighting went on. Alex Plitsas said the decision came too late. "
                + "Plitsas added that more was needed.");
        Entity plitsas = entity(a, "Alex Plitsas").orElseThrow();
        assertEquals(plitsas.key(), mentions(a, "Plitsas").get(0).entity());
        assertEquals(MentionKind.ALIAS, mentions(a, "Plitsas").get(0).mention().kind());
    }

    @Test
    void aCapitalisedPhraseWithoutEvidenceIsNoEntity() {
        ArticleAnalysis a = analyse("Strategic Military Aid Sparks International Debate\n"
                + "The Military Industrial Complex seems to want to make sure they get World War 3 going.");
        assertTrue(a.entities().isEmpty(), a.entities().toString());
    }

    @Test
    void organisationHeadWordsMakeOrganisations() {
        ArticleAnalysis a = analyse("The National Security Council declined to comment, said an expert with the Atlantic Council.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "National Security Council").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(a, "Atlantic Council").orElseThrow().type());
    }

    @Test
    void aPersonsNameBeforeAdministrationIsAnOrganisationAndStillMentionsThePerson() {
        ArticleAnalysis a = analyse("The Biden administration authorized the strikes.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "Biden administration").orElseThrow().type());
        assertEquals("joe-biden", mentions(a, "Biden").get(0).entity().value());
    }

    @Test
    void mediaOutletsAfterSourceCuesAreOrganisations() {
        ArticleAnalysis a = analyse("According to NewsNation, the talks failed. In an interview with PBS Newshour in June, "
                + "he spoke. Politico report: The details of the plan are still coming together.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "NewsNation").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(a, "PBS Newshour").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(a, "Politico").orElseThrow().type());
    }

    @Test
    void demonymMentionsTheStateWithoutMakingAnotherEntity() {
        ArticleAnalysis a = analyse("More than 10,000 North Korean troops arrived.");
        assertEquals("north-korea", mentions(a, "North Korean").get(0).entity().value());
        assertEquals(MentionKind.DEMONYM, mentions(a, "North Korean").get(0).mention().kind());
        assertEquals(1, a.entities().size(), a.entities().toString());
    }

    @Test
    void spellingsOfOneLeaderShareOneKey() {
        String key = "volodymyr-zelenskyy";
        for (String name : new String[] {"Zelenskyy", "Zelenskiy", "Zelensky", "Volodymyr Zelenskiy"}) {
            ArticleAnalysis a = analyse("President " + name + " spoke on Tuesday.");
            assertEquals(key, mentions(a, name).get(0).entity().value(), name);
        }
    }

    @Test
    void namesContinueThroughLowerCaseParticles() {
        ArticleAnalysis a = analyse("Army chief General Abdel Karim al-Masri said the talks failed. "
                + "Crown Prince Faisal bin Turki spoke later.");
        assertEquals(EntityType.PERSON, entity(a, "Abdel Karim al-Masri").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(a, "Faisal bin Turki").orElseThrow().type());
    }

    @Test
    void aPartyAdjectiveBeginsAnOrganisationName() {
        ArticleAnalysis a = analyse("The Republican National Committee said it would appeal.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "Republican National Committee").orElseThrow().type());
        assertTrue(entity(a, "Republican Party").isEmpty(), a.entities().toString());
    }

    @Test
    void numberWordsDoNotStartOrganisationNames() {
        ArticleAnalysis a = analyse("Two Senate aides said the clause had been added.");
        assertTrue(a.entities().stream().noneMatch(e -> e.label().startsWith("Two")), a.entities().toString());
    }

    @Test
    void aRunOfTitleWordsBeforeAKnownNameIsNoPerson() {
        ArticleAnalysis a = analyse("The talks ended late, NATO Secretary General Mark Rutte told reporters.");
        assertTrue(a.entities().stream().noneMatch(e -> e.label().equals("General")), a.entities().toString());
    }

    @Test
    void aHyphenatedRankIsATitleNotPartOfTheName() {
        ArticleAnalysis a = analyse("The order was read out by army spokesman Colonel-Major Issa Boubacar on Friday.");
        assertEquals(EntityType.PERSON, entity(a, "Issa Boubacar").orElseThrow().type());
        assertTrue(entity(a, "Colonel-Major Issa Boubacar").isEmpty(), a.entities().toString());
    }

    @Test
    void aLowerCasePlaceNounAfterAnUnknownNameMakesAPlace() {
        ArticleAnalysis a = analyse("The missile fell into the sea west of Sado island, officials said.");
        assertEquals(EntityType.PLACE, entity(a, "Sado").orElseThrow().type());
    }

    @Test
    void aLocativePrepositionBeforeAnUnknownNameMakesAPlace() {
        ArticleAnalysis a = analyse("Gunmen attacked an army convoy near Ouallam on Sunday.");
        assertEquals(EntityType.PLACE, entity(a, "Ouallam").orElseThrow().type());
    }

    @Test
    void anOutletNounBeforeAnUnknownNameMakesAnOrganisation() {
        ArticleAnalysis a = analyse("The decree was read out on state broadcaster ORTM late on Friday.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "ORTM").orElseThrow().type());
    }

    @Test
    void aPluralPossessiveInsideAnOrganisationNameBelongsToTheName() {
        ArticleAnalysis a = analyse("She is a senior official of the ruling Farmers' Party, the paper said.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "Farmers' Party").orElseThrow().type());
    }

    @Test
    void aCityBeginsAnInstitutesNameAndIsNoPlaceThere() {
        ArticleAnalysis a = analyse("The figure comes from the Geneva Centre for Security Policy, which tracks arms sales.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "Geneva Centre for Security Policy").orElseThrow().type());
        assertTrue(entity(a, "Geneva").isEmpty(), a.entities().toString());
    }

    @Test
    void aNumberWithAHyphenBeginsAnOrganisationName() {
        ArticleAnalysis a = analyse("Marco Bianchi, who leads the 3-Rivers Alliance, said his party would vote no.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "3-Rivers Alliance").orElseThrow().type());
    }

    @Test
    void aStatesConstitutionalCourtIsABodyOfTheState() {
        ArticleAnalysis a = analyse("Moldova's constitutional court must also rule on the treaty.");
        assertEquals(EntityType.ORGANIZATION, entity(a, "Moldovan Constitutional Court").orElseThrow().type());
    }
}
