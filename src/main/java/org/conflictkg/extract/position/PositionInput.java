package org.conflictkg.extract.position;

import java.util.List;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.resolve.ResolvedArticle;

/**
 * What the position extractor reads: the resolved article and the policies and quotations already
 * found in it (a position's target is often a decision the article states; its words are often a
 * quotation).
 */
public record PositionInput(ResolvedArticle article, List<Policy> policies, List<Quotation> quotations) {

    public PositionInput {
        policies = List.copyOf(policies);
        quotations = List.copyOf(quotations);
    }
}
