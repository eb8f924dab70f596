package org.conflictkg.extract.position;

import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.CharSpan;

/**
 * A stated position: who (holder) takes which stance on what (target). The evidence span covers
 * the words that state it; {@code cue} is the reporting or evaluative word ("criticized",
 * "supported", "warned"); {@code quotation} the span of a direct quotation that expresses it, if any.
 */
public record Position(EntityKey holder, Stance stance, Target target, String cue,
                       Optional<CharSpan> quotation, Evidence evidence) {
}
