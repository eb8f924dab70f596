package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

/** Gold facts of the seed articles about decisions: one node for the November decision, others apart. */
class SeedPoliciesTest {

    private static final List<String> SEEDS = List.of("000_1d5f898ef470540a.txt", "001_49b24d08c9ff5df6.txt",
            "002_f8d1325b0194e9f8.txt", "003_cd7ae7ab37400576.txt", "004_1864db7bca409249.txt");
    private static final String P1 = "weapons-use/united-states/ukraine/united-states/russia";

    private static Set<String> keys(String seed) {
        return Analysed.seed(seed).analysis().policies().stream().map(p -> p.key().value()).collect(Collectors.toSet());
    }

    @Test
    void theNovemberDecisionHasOneKeyInAllFiveArticles() {
        for (String seed : SEEDS) {
            assertTrue(keys(seed).contains(P1), seed + ": " + keys(seed));
        }
    }

    @Test
    void theMayDecisionTheBritishMissilesAndTheProposalStayApart() {
        assertEquals(Set.of(P1, P1 + "/m05", "weapons-use/united-states/ukraine/united-kingdom/russia"),
                keys("002_f8d1325b0194e9f8.txt"));
        assertEquals(Set.of(P1, "proposal/donald-trump/freeze-front-lines"), keys("001_49b24d08c9ff5df6.txt"));
    }
}
