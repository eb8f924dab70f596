package org.conflictkg.resolve;

import static org.conflictkg.extract.entity.EntityRulesFixture.analyse;
import static org.conflictkg.extract.entity.EntityRulesFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.text.Document;
import org.conflictkg.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class CoreferenceTest {

    @Test
    void pronounInTheNextSentenceResolvesToThePreviousSubject() {
        String text = "In an interview in June, national security adviser Jake Sullivan indicated that the U.S. might act.\n"
                + "\u201CIt is not about geography,\u201D he said.";
        ArticleAnalysis a = analyse(text);
        EntityMention he = mentions(a, "he").get(0);
        assertEquals("person/jake-sullivan", he.entity().value());
        assertEquals(MentionKind.PRONOUN, he.mention().kind());
        Document doc = Document.of("snippet", text);
        ResolvedArticle r = new ResolvedArticle(doc, new SentenceSplitter().split(doc), a.entities(), a.mentions());
        assertEquals("person/jake-sullivan", r.mentionAt(text.indexOf(" he said") + 1).orElseThrow().entity().value());
    }

    @Test
    void pronounPrefersTheSubjectOfItsOwnSentenceOverAPossessive() {
        ArticleAnalysis a = analyse("Trump\u2019s campaign rhetoric emphasized his ability to broker peace. "
                + "Richard Grenell, a well-known foreign policy ally, shared his disapproval.");
        assertEquals("donald-trump", mentions(a, "his").get(0).entity().value());
        assertEquals("person/richard-grenell", mentions(a, "his").get(1).entity().value());
    }

    @Test
    void pronounsInsideQuotationsAreLeftAlone() {
        ArticleAnalysis a = analyse("Richard Grenell posted, \u201CIntensifying conflicts on his way out,\u201D on X.");
        assertTrue(mentions(a, "his").isEmpty());
    }

    @Test
    void descriptionsResolveToThePersonHoldingThatTitle() {
        ArticleAnalysis a = analyse("Kremlin spokesperson Dmitry Peskov criticized the decision. "
                + "Putin's spokesperson delivered this message from the Kremlin. The Kremlin spokesman also warned.");
        EntityMention possessive = mentions(a, "Putin's spokesperson").get(0);
        assertEquals("person/dmitry-peskov", possessive.entity().value());
        assertEquals(MentionKind.DESCRIPTION, possessive.mention().kind());
        assertEquals("person/dmitry-peskov", mentions(a, "The Kremlin spokesman").get(0).entity().value());
    }

    @Test
    void aDescriptionNobodyFitsStaysUnattached() {
        ArticleAnalysis a = analyse("Poland\u2019s foreign minister, Radoslaw Sikorski, spoke. The U.K. prime minister did not.");
        assertTrue(mentions(a, "The U.K. prime minister").isEmpty());
    }

    @Test
    void aSurnameResolvesToTheFullNameMentionedEarlier() {
        ArticleAnalysis a = analyse("Kremlin spokesperson Dmitry Peskov spoke. Peskov said the risk was high.");
        assertEquals("person/dmitry-peskov", mentions(a, "Peskov").get(0).entity().value());
        assertEquals(1, a.entities().stream().filter(e -> e.label().contains("Peskov")).count());
    }

    @Test
    void aSurnameFoundFirstJoinsTheFullNameUsedLater() {
        ArticleAnalysis a = analyse("Mr Howard criticised the budget. Later, Michael Howard promised lower taxes.");
        assertEquals(1, a.entities().size(), a.entities().toString());
        assertEquals("Michael Howard", a.entities().get(0).label());
        assertEquals("person/michael-howard", mentions(a, "Howard").get(0).entity().value());
    }
}
