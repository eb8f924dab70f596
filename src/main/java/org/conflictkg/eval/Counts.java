package org.conflictkg.eval;

/**
 * True positives, false positives and false negatives of one category, and the micro-averaged
 * scores derived from them (0 where a denominator is 0, as the reference scorer does).
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(int tp, int fp, int fn) {
        return new Counts(this.tp + tp, this.fp + fp, this.fn + fn);
    }

    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
