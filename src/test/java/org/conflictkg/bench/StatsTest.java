package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] v = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, Stats.percentile(v, 50));
        assertEquals(95, Stats.percentile(v, 95));
        assertEquals(99, Stats.percentile(v, 99));
        assertEquals(100, Stats.percentile(v, 100));
    }

    @Test
    void percentileOfFewValuesIsTheLargestForHighRanks() {
        long[] v = {3, 7, 9};
        assertEquals(7, Stats.percentile(v, 50));
        assertEquals(9, Stats.percentile(v, 99));
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddlePair() {
        Stats s = Stats.of(4.0, 1.0, 3.0, 2.0);
        assertEquals(1.0, s.min());
        assertEquals(2.5, s.median());
        assertEquals(4.0, s.max());
    }
}
