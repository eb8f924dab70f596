package org.conflictkg.bench;

import java.util.Arrays;
import java.util.List;

/** Min, median and max of repeated measurements of one figure, with the samples themselves. */
public record Stats(double min, double median, double max, List<Double> samples) {

    public Stats {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one sample");
        }
    }

    public static Stats of(List<Double> samples) {
        double[] v = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(v[0], median(v), v[v.length - 1], samples);
    }

    public static Stats of(double... samples) {
        return of(Arrays.stream(samples).boxed().toList());
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The {@code p}-th percentile (0 < p <= 100) of sorted values by the nearest-rank method: the
     * smallest value with at least p% of the values at or below it.
     */
    public static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
