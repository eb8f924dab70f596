package org.conflictkg.extract.position;

import java.util.Optional;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.resolve.EntityKey;

/**
 * A position while the extractor still works on it: UTF-16 offsets of the words that state it,
 * the rule that read it and how sure it is. Becomes a {@link Position} at the end.
 */
record Finding(EntityKey holder, Stance stance, Target target, String cue, int start, int end,
               Optional<Quotation> quotation, String rule, double confidence) {

    Finding withHolder(EntityKey other, String suffix) {
        return new Finding(other, stance, target, cue, start, end, Optional.empty(), rule + suffix, confidence);
    }

    Finding withTarget(Target other) {
        return new Finding(holder, stance, other, cue, start, end, quotation, rule, confidence);
    }
}
