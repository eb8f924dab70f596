package org.conflictkg.rdf;

import java.math.BigDecimal;

/** Lexical forms of typed literals that must survive every store and serialiser unchanged. */
public final class Literals {

    private Literals() {
    }

    /**
     * The canonical xsd:decimal form of a number: no exponent (6.4E10 is 64000000000.0), no
     * trailing zeros, and at least one digit after the point. TDB2 stores decimals inline and
     * reads them back in this form; any other form ("306") reads back as a different term
     * ("306.0") that TDB2 then cannot delete, so re-ingest would leave stale quads behind.
     */
    public static String decimal(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("quantity value is not a finite number: " + v);
        }
        String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
