package org.conflictkg.extract;

import org.conflictkg.text.CharSpan;

/**
 * Where a finding comes from: the span of text that states it, the name of the rule that produced
 * it, and the rule's confidence in [0, 1]. Every finding carries one; the RDF writer turns it into
 * the provenance trail.
 */
public record Evidence(CharSpan span, String rule, double confidence) {

    public Evidence {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("evidence needs a rule name");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
