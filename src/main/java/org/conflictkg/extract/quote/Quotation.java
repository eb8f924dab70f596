package org.conflictkg.extract.quote;

import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.CharSpan;

/**
 * A direct quotation: the evidence span covers the quoted words (quotation marks excluded), the
 * speaker is the entity it is attributed to (empty when no attribution was found), and the cue is
 * the span of the attributing words ("Putin stated", "he said") when there are any.
 */
public record Quotation(Optional<EntityKey> speaker, Optional<CharSpan> cue, Evidence evidence) {
}
