package org.conflictkg.extract;

import java.util.List;

/**
 * An extractor: one input in, immutable findings out. Implementations are stateless and safe to
 * share between threads, so a corpus can be processed in parallel without code changes. The input
 * is a {@link org.conflictkg.text.Document} for the first stage and a resolved article for the
 * stages that need to know who is who.
 *
 * @param <I> what the extractor reads
 * @param <F> the immutable finding it produces
 */
@FunctionalInterface
public interface Extractor<I, F> {

    List<F> extract(I input);
}
