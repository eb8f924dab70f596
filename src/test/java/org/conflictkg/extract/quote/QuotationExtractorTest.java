package org.conflictkg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

    @Test
    void curlyQuoteWithSpeechVerbAfterIsAttributedToTheNameBeforeTheVerb() {
        assertEquals(List.of("Vladimir Putin: We will not back down,"),
                Analysed.text("\u201CWe will not back down,\u201D Vladimir Putin said on Friday.").quotes());
    }

    @Test
    void straightQuotesAfterAColonAreAttributedToTheSubjectOfTheSpeechVerb() {
        assertEquals(List.of("Joe Biden: We're working that out now."),
                Analysed.text("Joe Biden told reporters on Tuesday: \"We're working that out now.\"").quotes());
    }

    @Test
    void speechVerbBeforeTheNameAttributesToTheNameAfterIt() {
        List<String> q = Analysed.text("\u201CEasing the limits will help Ukraine fight,\u201D remarked Alex Plitsas,"
                + " an expert with the Atlantic Council.").quotes();
        assertEquals(List.of("Alex Plitsas: Easing the limits will help Ukraine fight,"), q);
    }

    @Test
    void quotationInterruptedByItsAttributionGivesTwoQuotesBySameSpeaker() {
        List<String> q = Analysed.text("\u201CThe first part is here. It goes on,\u201D Vladimir Putin stated in"
                + " September. \u201CThis is the second part of what he said.\u201D").quotes();
        assertEquals(List.of("Vladimir Putin: The first part is here. It goes on,",
                "Vladimir Putin: This is the second part of what he said."), q);
    }

    @Test
    void nameBeforeTheQuoteWithSpeechVerbAndCommaIsTheSpeaker() {
        assertEquals(List.of("Volodymyr Zelenskyy: The missiles will speak for themselves."),
                Analysed.text("In a nightly address, Zelenskiy noted, \u201CThe missiles will speak for themselves.\u201D")
                        .quotes());
    }

    @Test
    void pronounSpeakerIsThePersonNamedBefore() {
        List<String> q = Analysed.text("Volodymyr Zelenskyy spoke in Kyiv on Tuesday night.\n"
                + "\u201CMissiles will speak for themselves,\u201D he said in a recent address.").quotes();
        assertEquals(List.of("Volodymyr Zelenskyy: Missiles will speak for themselves,"), q);
    }

    @Test
    void quoteOpeningTheNextParagraphWithoutAttributionKeepsThePreviousSpeaker() {
        List<String> q = Analysed.text("\u201CIt is not about geography,\u201D Joe Biden said.\n\n"
                + "\u201CIf Russia attacks from its territory, Ukraine must be able to hit back.\u201D").quotes();
        assertEquals(List.of("Joe Biden: It is not about geography,",
                "Joe Biden: If Russia attacks from its territory, Ukraine must be able to hit back."), q);
    }

    @Test
    void quotationRunningOverAParagraphBreakContinuesWithTheSameSpeaker() {
        List<String> q = Analysed.text("Vladimir Putin said: \u201CThe first paragraph of the statement goes here\n"
                + "\u201CAnd the second paragraph ends it.\u201D").quotes();
        assertEquals(List.of("Vladimir Putin: The first paragraph of the statement goes here",
                "Vladimir Putin: And the second paragraph ends it."), q);
    }

    @Test
    void colonIntroducedQuoteWithoutMarksIsAttributedToPrecedingSpeaker() {
        List<String> q = Analysed.text("Donald Trump Jr. has voiced criticism of the decision.\n"
                + "His statement on social media reflected concerns about escalation:\n"
                + "The Military Industrial Complex seems to want to make sure they get a war going first").quotes();
        assertEquals(List.of("Donald Trump Jr.: The Military Industrial Complex seems to want to make sure they get"
                + " a war going first"), q);
    }

    @Test
    void headingAfterAColonLineIsNotAQuotation() {
        assertTrue(Analysed.text("Vladimir Putin said this:\nPutin Warns Of NATO Risks").quotes().isEmpty());
    }

    @Test
    void partialQuotationInsideASentenceIsAttributedToTheSubject() {
        List<String> q = Analysed.text("Vladimir Putin voiced a stark warning: the decision could ignite"
                + " \u201CWorld War Three\u201D.").quotes();
        assertEquals(List.of("Vladimir Putin: World War Three"), q);
    }

    @Test
    void shortUnattributedScareQuotesAreNotQuotations() {
        assertTrue(Analysed.text("The so-called \u201Cpeace plan\u201D was discussed in Kyiv.").quotes().isEmpty());
    }

    @Test
    void unclosedQuotationMarkDoesNotSwallowTheArticleAndIsReported() {
        Analysed a = Analysed.text("Joe Biden said \u201Cthis quotation never closes at all\n"
                + "A second paragraph follows here.\nAnd a third one.");
        assertTrue(a.quotes().isEmpty());
        assertFalse(a.analysis().diagnostics().isEmpty());
    }

    @Test
    void quoteReopenedAfterASentenceWithoutClosingContinuesTheSameQuotation() {
        List<String> q = Analysed.text("Vladimir Putin said: \"We have tried very hard to keep them."
                + " \"Obviously we have failed in that.\" The cost is not known.").quotes();
        assertEquals(List.of("Vladimir Putin: We have tried very hard to keep them.",
                "Vladimir Putin: Obviously we have failed in that."), q);
    }

    @Test
    void laterPartOfAReopenedQuoteNamesTheSpeakerOfTheEarlierPart() {
        List<String> q = Analysed.text("The plan was published on Monday. \"Career sexism limits the chances of"
                + " women. \"It is simply wrong to judge a job by sex,\" Patricia Hewitt said.").quotes();
        assertEquals(List.of("Patricia Hewitt: Career sexism limits the chances of women.",
                "Patricia Hewitt: It is simply wrong to judge a job by sex,"), q);
    }

    @Test
    void quoteOpeningASentenceIsAttributedToTheSpeakerOfTheSentenceBefore() {
        List<String> q = Analysed.text("Patricia Hewitt added that while progress had been made, a gap remained."
                + " \"The average woman working full-time is paid less.\"").quotes();
        assertEquals(List.of("Patricia Hewitt: The average woman working full-time is paid less."), q);
    }

    @Test
    void speechVerbAfterAndSharesTheSubjectBeforeTheQuote() {
        List<String> q = Analysed.text("Senator Lindsey Graham called the vote \u201Ca turning point\u201D and said the"
                + " measure would hit China and India \u201Cwhere it hurts\u201D.").quotes();
        assertEquals(List.of("Lindsey Graham: a turning point", "Lindsey Graham: where it hurts"), q);
    }

    @Test
    void aPlatformAfterOnDoesNotSpeak() {
        List<String> q = Analysed.text("In a statement posted on Telegram, Hamas called the plan"
                + " \u201Ca surrender to the occupation\u201D.").quotes();
        assertEquals(List.of("Hamas: a surrender to the occupation"), q);
    }

    @Test
    void aLongerSubjectAfterTheQuoteIsStillItsSpeaker() {
        List<String> q = Analysed.text("\u201CThis is a long-overdue step for all of us,\u201D the Foreign Ministry"
                + " in Port Sudan said.").quotes();
        assertTrue(q.size() == 1 && !q.get(0).startsWith("?"), q.toString());
    }

    @Test
    void participleAfterTheQuoteSharesTheSubjectBeforeTheQuote() {
        List<String> q = Analysed.text("Prime Minister Keir Starmer welcomed what he called \"a long overdue step\","
                + " saying London had asked for it for a year.").quotes();
        assertEquals(List.of("Keir Starmer: a long overdue step"), q);
    }

    @Test
    void quoteOfAnIndefiniteUnnamedSourceIsAttributedToNobody() {
        List<String> q = Analysed.text("\"We have waited for this for a long time,\" a senior Ukrainian military"
                + " officer, who asked not to be named, told Reuters.").quotes();
        assertEquals(List.of("(none): We have waited for this for a long time,"), q);
    }

    @Test
    void subjectPronounRightBeforeTheSpeechVerbIsItsSpeaker() {
        List<String> q = Analysed.text("Ilham Aliyev said the talks had ended and thanked Donald Trump and"
                + " Marco Rubio, who led the talks, for what he called \"honest mediation\".").quotes();
        assertEquals(List.of("Ilham Aliyev: honest mediation"), q);
    }

    @Test
    void aPersonsOfficeSpeaksForThePerson() {
        List<String> q = Analysed.text("Prime Minister Giorgia Meloni's office said the licences were granted"
                + " \"in full respect of the law\".").quotes();
        assertEquals(List.of("Giorgia Meloni: in full respect of the law"), q);
    }

    @Test
    void aGenericTitleWithACountryDescribesThatCountrysHeadOfGovernment() {
        List<String> q = Analysed.text("Dutch Prime Minister Dick Schoof said the Netherlands would pay.\n"
                + "The Dutch leader called the pledge \"the most urgent thing we can do\".").quotes();
        assertEquals(List.of("Dick Schoof: the most urgent thing we can do"), q);
    }

    @Test
    void dismissingSomethingAsAPhraseQuotesThePhrase() {
        List<String> q = Analysed.text("Maria Zakharova dismissed the measures as \"a laughable act\".").quotes();
        assertEquals(List.of("Maria Zakharova: a laughable act"), q);
    }

    @Test
    void aDefiniteGroupNounStandsForTheOrganisationOfThePreviousSentence() {
        List<String> q = Analysed.text("Hamas rejected the plan on Monday. In a statement posted on Telegram, the"
                + " militant group called the proposal \"a trap for our people\".").quotes();
        assertEquals(List.of("Hamas: a trap for our people"), q);
    }

    @Test
    void itBeforeASpeechVerbIsTheOrganisationNamedBefore() {
        List<String> q = Analysed.text("The Kremlin issued a statement on Tuesday.\n"
                + "\"This is a dangerous escalation that will have consequences,\" it said.").quotes();
        assertEquals(List.of("Kremlin: This is a dangerous escalation that will have consequences,"), q);
    }

    @Test
    void anAcronymInBracketsAfterANameSpeaksForThatName() {
        List<String> q = Analysed.text("The sale was approved by the Defense Security Cooperation Agency (DSCA) on Friday.\n"
                + "\"The proposed sale serves national interests and regional stability,\" the DSCA said.").quotes();
        assertEquals(List.of("Defense Security Cooperation Agency: The proposed sale serves national interests and"
                + " regional stability,"), q);
    }
}
