package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.position.StanceCues;
import org.conflictkg.text.Document;
import org.conflictkg.text.RealArticles;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Cue matching that skips the regex where no match can start finds exactly what the regex
 * finds: on single sentences that probe the edges, and for every cue of the shipped tables over
 * every sentence of the development and held-out articles.
 */
class CuePatternMatchingTest {

    private static List<int[]> find(String phrase, String text) {
        return new CuePattern(phrase).findAll(text, 0, text.length());
    }

    private static String covered(String text, List<int[]> found) {
        return String.join("|", found.stream().map(m -> text.substring(m[0], m[1])).toList());
    }

    @Test
    void aMultiWordCueIsFoundAtTheSentenceStartAndInsideIt() {
        String text = "Called for restraint, the minister then called for talks.";
        List<int[]> found = find("called for", text);
        assertEquals("Called for|called for", covered(text, found));
        assertEquals(0, found.get(0)[0]);
        assertEquals(text.indexOf("called for"), found.get(1)[0]);
    }

    @Test
    void casesDoNotMatterOnEitherSide() {
        String text = "NATO WARNED Moscow; Kyiv Warned too.";
        assertEquals("WARNED|Warned", covered(text, find("Warned|warns", text)));
    }

    @Test
    void aWholeWordCueDoesNotMatchTheStartOfALongerWordButAStemCueDoes() {
        String text = "Officials support the supporters and supported it.";
        assertEquals("supported", covered(text, find("supported|supports", text)));
        assertEquals("support|supporters|supported", covered(text, find("support*", text)));
    }

    @Test
    void aCueThatIsAPrefixOfAnotherYieldsToTheEarlierTableEntryOnlyThroughTheCaller() {
        String text = "They did not support the plan.";
        assertEquals("did not support", covered(text, find("did not support", text)));
        assertEquals("did not", covered(text, find("did not", text)));
    }

    @Test
    void aCueInsideAHyphenatedWordIsFoundAsTheRegexFindsIt() {
        String text = "the re-imposed sanctions";
        assertEquals("imposed", covered(text, find("imposed", text)));
    }

    @Test
    void astralCharactersKeepOffsetsRight() {
        String text = "\uD835\uDC00 \uD83D\uDE00 warned, \uD835\uDC00warned and warned\uD835\uDC00.";
        List<int[]> found = find("warned", text);
        assertEquals(List.of(text.indexOf("warned")), found.stream().map(m -> m[0]).toList().subList(0, 1));
        assertEquals(sameAsRegex("warned", text), describe(found));
        Document doc = Document.of("t", text);
        assertEquals(4, doc.span(found.get(0)[0], found.get(0)[1]).begin(), "code points before the match");
    }

    @Test
    void aSearchRegionActsAsABoundaryOnBothSides() {
        String text = "xwarnedx";
        CuePattern p = new CuePattern("warned");
        assertEquals(describe(p.findAllByRegex(text, 1, 7)), describe(p.findAll(text, 1, 7)));
        assertTrue(p.occursIn(text, 1, 7));
        assertFalse(p.occursIn(text, 0, 8));
    }

    @Test
    void aSearchEndingInsideASurrogatePairMatchesAsTheRegexDoes() {
        String text = "warned \uD835\uDC00 warned\uD835\uDC00 x";
        CuePattern p = new CuePattern("warned");
        for (int to = 0; to <= text.length(); to++) {
            assertEquals(describe(p.findAllByRegex(text, 0, to)), describe(p.findAll(text, 0, to)), "to " + to);
            assertEquals(referenceWords(text, 0, to), CuePattern.wordsOf(text, 0, to), "to " + to);
        }
    }

    @Test
    void matchingFromWordStartsFindsCuesInsideHyphenatedAndApostrophedWords() {
        String text = "Re-imposed, they re-imposed it; Kyiv\u2019s imposed-by-law \uD835\uDC00imposed x-imposed";
        for (String phrase : List.of("imposed", "re-imposed", "s imposed", "kyiv's imposed", "law", "x")) {
            CuePattern p = new CuePattern(phrase);
            for (int from = 0; from < 12; from++) {
                assertEquals(describe(p.findAllByRegex(text, from, text.length())),
                        describe(p.findAll(CueWords.of(text, from, text.length()))), phrase + " from " + from);
            }
        }
        assertEquals(text.indexOf("imposed"), new CuePattern("imposed").findAll(CueWords.of(text, 0, text.length())).get(0)[0]);
    }

    @Test
    void wordsOfListsTheLowerCaseWordsWithStraightApostrophes() {
        String text = "Kyiv\u2019s U.S.-backed re-imposed \uD835\uDC00bc 2,000 Don't";
        assertEquals(Set.of("kyiv's", "u", "s", "backed", "re-imposed", "\uD835\uDC00bc", "2", "000", "don't"),
                CuePattern.wordsOf(text, 0, text.length()));
    }

    @Test
    void everyShippedCueMatchesExactlyAsItsRegexOnRealSentences() {
        List<CuePattern> patterns = new ArrayList<>();
        StanceCues.load().cues().forEach(c -> patterns.add(c.pattern()));
        PolicyCues policy = PolicyCues.load();
        for (PolicyCues.Role role : PolicyCues.Role.values()) {
            policy.cues(role).forEach(c -> patterns.add(c.pattern()));
        }
        int sentences = 0;
        int matches = 0;
        for (Document doc : RealArticles.all()) {
            String text = doc.text();
            for (Sentence s : new SentenceSplitter().split(doc)) {
                sentences++;
                assertEquals(referenceWords(text, s.start(), s.end()), CuePattern.wordsOf(text, s.start(), s.end()));
                // the sentence, and a region cut inside words on both sides
                int[][] regions = {{s.start(), s.end()}, {Math.min(s.end(), s.start() + 3), Math.max(s.start() + 3, s.end() - 2)}};
                for (int[] r : regions) {
                    for (CuePattern p : patterns) {
                        List<int[]> expected = p.findAllByRegex(text, r[0], r[1]);
                        assertEquals(describe(expected), describe(p.findAll(text, r[0], r[1])), p + " in " + doc.id());
                        assertEquals(describe(expected), describe(p.findAll(CueWords.of(text, r[0], r[1]))),
                                p + " by word starts in " + doc.id());
                        assertEquals(!expected.isEmpty(), p.occursIn(text, r[0], r[1]), p + " in " + doc.id());
                        matches += expected.size();
                    }
                }
            }
        }
        assertTrue(sentences > 300 && matches > 1000, sentences + " sentences, " + matches + " matches");
    }

    /** wordsOf as it was written first, with the regex. */
    private static Set<String> referenceWords(String text, int from, int to) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*").matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return out;
    }

    private static String sameAsRegex(String phrase, String text) {
        return describe(new CuePattern(phrase).findAllByRegex(text, 0, text.length()));
    }

    private static String describe(List<int[]> found) {
        return String.join(" ", found.stream().map(m -> "[" + m[0] + "," + m[1] + ")").toList());
    }
}
