package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictkg.extract.position.StanceCues;
import org.conflictkg.text.RealArticles;
import org.junit.jupiter.api.Test;

/** A cue index offers the cues whose first word occurs, whichever way the words are given. */
class CueIndexTest {

    private static final CueIndex<String> INDEX = new CueIndex<>(
            List.of("warned|warns", "did|does not support", "didn't|doesn't support", "support*", "did not"),
            CuePattern::new);

    private static List<String> candidates(String text) {
        return INDEX.candidates(CuePattern.wordsOf(text, 0, text.length()));
    }

    @Test
    void firstWordsAreLookedUpWithoutCaseAndWithEitherApostrophe() {
        assertEquals(List.of("warned|warns", "support*"), candidates("NATO WARNED them"));
        assertEquals(List.of("didn't|doesn't support", "support*"), candidates("Kyiv didn\u2019t agree"));
    }

    @Test
    void everyCueSharingAFirstWordIsOfferedInTableOrder() {
        assertEquals(List.of("did|does not support", "support*", "did not"), candidates("They did not."));
    }

    @Test
    void aWordThatOnlyStartsLikeAFirstWordOffersNothingButTheCuesThatMayStartAnywhere() {
        assertEquals(List.of("support*"), candidates("The warnings and didactic notes"));
    }

    @Test
    void scannedWordsAndAPlainSetOfferTheSameCuesOnRealSentences() {
        StanceCues stances = StanceCues.load();
        PolicyCues policies = PolicyCues.load();
        int offered = 0;
        for (RealArticles.Located l : RealArticles.sentences()) {
            Set<String> scanned = CuePattern.wordsOf(l.doc().text(), l.sentence().start(), l.sentence().end());
            Set<String> plain = new HashSet<>(scanned);
            assertEquals(stances.candidates(plain), stances.candidates(scanned));
            assertEquals(stances.verdictCandidates(plain), stances.verdictCandidates(scanned));
            assertEquals(policies.frameCandidates(plain), policies.frameCandidates(scanned));
            offered += stances.candidates(scanned).size() + policies.frameCandidates(scanned).size();
        }
        assertTrue(offered > 200, offered + " cues offered");
    }
}
