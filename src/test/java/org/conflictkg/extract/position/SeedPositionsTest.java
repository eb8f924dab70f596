package org.conflictkg.extract.position;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

/** Gold positions of the seed articles (holder, stance, the November decision). */
class SeedPositionsTest {

    private static final String P1 = "weapons-use/united-states/ukraine/united-states/russia";

    private static List<String> positions(String seed) {
        Analysed a = Analysed.seed(seed);
        return a.analysis().positions().stream().filter(p -> p.target() instanceof Target.OfPolicy)
                .map(p -> a.label(p.holder()) + " " + p.stance().label() + " "
                        + ((Target.OfPolicy) p.target()).policy().value()).distinct().toList();
    }

    @Test
    void firstArticleHasFinerForAndPutinPeskovTrumpJrAgainst() {
        List<String> p = positions("000_1d5f898ef470540a.txt");
        for (String expected : List.of("Jon Finer supports", "Vladimir Putin opposes", "Dmitry Peskov opposes",
                "Donald Trump Jr. opposes")) {
            assertTrue(p.contains(expected + " " + P1), expected + " in " + p);
        }
    }

    @Test
    void reutersStyleArticleHasSevenStatedPositionsOnTheDecision() {
        List<String> p = positions("003_cd7ae7ab37400576.txt");
        for (String expected : List.of("Volodymyr Zelenskyy supports", "Vladimir Dzhabarov opposes",
                "Andrei Klishas opposes", "Richard Grenell opposes", "Alex Plitsas supports", "Mike Turner supports",
                "Radosław Sikorski supports")) {
            assertTrue(p.contains(expected + " " + P1), expected + " in " + p);
        }
        assertTrue(p.stream().noneMatch(s -> s.startsWith("Alex Plitsas opposes")), p::toString);
    }
}
