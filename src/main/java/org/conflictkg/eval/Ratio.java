package org.conflictkg.eval;

import java.util.OptionalDouble;

/** A count of successes over a count of trials; no value when nothing was tried. */
public record Ratio(int ok, int n) {

    public OptionalDouble value() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ok / n);
    }
}
