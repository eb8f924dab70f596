package org.conflictkg.extract.entity;

import static org.conflictkg.extract.entity.EntityRulesFixture.analyse;
import static org.conflictkg.extract.entity.EntityRulesFixture.entity;
import static org.conflictkg.extract.entity.EntityRulesFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.junit.jupiter.api.Test;

class FurnitureAndGroupsTest {

    @Test
    void anonymousSourcesAreGroupsNotPeople() {
        ArticleAnalysis a = analyse("The decision was revealed by two U.S. officials and sources familiar with the matter.");
        assertEquals(EntityType.GROUP, mentions(a, "two U.S. officials").get(0).mention().type());
        assertEquals("group/u-s-officials", mentions(a, "two U.S. officials").get(0).entity().value());
        assertEquals(EntityType.GROUP, mentions(a, "sources familiar with the matter").get(0).mention().type());
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), a.entities().toString());
    }

    @Test
    void anAdjectiveLikeOfficialIsNoGroup() {
        ArticleAnalysis a = analyse("Putin has yet to issue an official response.");
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.GROUP), a.entities().toString());
    }

    @Test
    void teasersCookieBannersAndContactLinesProduceNoActors() {
        ArticleAnalysis a = analyse("Ukraine will strike soon.\nRead More: Saudi Arabia Criticizes Israel for Attacking Iran\n"
                + "alimusa@example.com\nThis website uses cookies to improve your experience. Accept Read More");
        assertEquals(List.of("Ukraine"), a.entities().stream().map(e -> e.label()).toList());
    }

    @Test
    void bylinesBecomeAuthorshipsAndTheirPlacesNoMentions() {
        ArticleAnalysis a = analyse("Kyiv said it would strike.\n\nReporting by Mike Stone and Humeyra Pamuk in Washington; "
                + "Editing by Scott Malone\n\nEdited by: Ali Musa");
        assertEquals(List.of("Mike Stone:reporting", "Humeyra Pamuk:reporting", "Scott Malone:editing", "Ali Musa:editing"),
                a.authors().stream().map(x -> x.name() + ":" + x.contribution()).toList());
        assertTrue(entity(a, "Washington, D.C.").isEmpty());
        assertTrue(a.roles().isEmpty());
    }

    @Test
    void layoutTellsHeadlinesHeadingsBodyAndBylinesApart() {
        Document doc = Document.of("t", "Biden Approves Ukraine's Use of Missiles\nPutin warns of escalation.\n"
                + "Putin Warns Of NATO Involvement Risks\nReporting by Mike Stone; Editing by Scott Malone\n"
                + "By the end of the year, the war had changed.");
        Layout layout = Layout.of(doc, List.of(new Layout.Cue("Reporting by", true, true), new Layout.Cue("By", true, true)));
        assertEquals(List.of(Layout.Kind.HEADLINE, Layout.Kind.BODY, Layout.Kind.HEADING, Layout.Kind.BYLINE, Layout.Kind.BODY),
                layout.paragraphs().stream().map(Layout.Paragraph::kind).toList());
    }

    @Test
    void wireCreditsInParenthesesAreBylines() {
        ArticleAnalysis a = analyse("Kyiv said it would strike.\n(Reporting by Tom Balmforth in Kyiv; Editing by Lisa Shumaker)");
        assertEquals(List.of("Tom Balmforth", "Lisa Shumaker"), a.authors().stream().map(Authorship::name).toList());
    }

    @Test
    void bodiesOfAStateAreOneOrganisationKeyedByTheState() {
        ArticleAnalysis a = analyse("Russia's defence ministry said it shot down drones. The Russian Defence Ministry "
                + "gave no details, and the Russian defense ministry later confirmed it.");
        List<String> keys = a.mentions().stream().filter(m -> m.mention().type() == EntityType.ORGANIZATION)
                .map(m -> m.entity().value()).distinct().toList();
        assertEquals(List.of("organization/russian-defence-ministry"), keys);
        assertEquals("Russian Defence Ministry", entity(a, "Russian Defence Ministry").orElseThrow().label());
    }

    @Test
    void sentenceCaseWireHeadlinesAreHeadlinesAndTheirRolesCount() {
        Document doc = Document.of("t", "U.S. sanctions militia leader Dagalo over attacks\n"
                + "Measure targets companies; allies weigh their own steps\nThe Treasury said on Monday it acted.");
        Layout layout = Layout.of(doc, List.of());
        assertEquals(List.of(Layout.Kind.HEADLINE, Layout.Kind.HEADLINE, Layout.Kind.BODY),
                layout.paragraphs().stream().map(Layout.Paragraph::kind).toList());
        ArticleAnalysis a = analyse(doc.text());
        assertEquals(List.of("leader"), a.roles().stream().map(r -> r.title()).toList());
    }
}
