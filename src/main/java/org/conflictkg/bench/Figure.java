package org.conflictkg.bench;

import java.util.Optional;

/**
 * One measured figure: a dotted id ({@code extraction.real.t1.articlesPerSecond}), its unit, its
 * statistics over the repeats, and the target the issue sets for it, if any. Whether the target
 * is met is judged on the median.
 */
public record Figure(String id, String unit, Stats stats, Optional<Target> target, String note) {

    /** A bound on the median: at least or at most {@code value}. */
    public record Target(boolean atLeast, double value) {
        public static Target atLeast(double v) {
            return new Target(true, v);
        }

        public static Target atMost(double v) {
            return new Target(false, v);
        }

        public boolean metBy(double median) {
            return atLeast ? median >= value : median <= value;
        }

        @Override
        public String toString() {
            return (atLeast ? ">= " : "<= ") + BenchReport.format(value);
        }
    }

    public Optional<Boolean> met() {
        return target.map(t -> t.metBy(stats.median()));
    }
}
