package org.conflictkg.pipeline;

import java.util.List;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.extract.entity.Authorship;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.position.Position;
import org.conflictkg.extract.quantity.Quantity;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.extract.role.Role;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.text.Document;

/**
 * Everything extracted from one article, ready to be written as RDF: a pure value, no Jena.
 */
public record ArticleAnalysis(Document document, List<Entity> entities, List<EntityMention> mentions,
                              List<Role> roles, List<Quotation> quotations, List<Policy> policies,
                              List<Position> positions, List<Quantity> quantities,
                              List<Authorship> authors, List<Diagnostic> diagnostics) {

    public ArticleAnalysis {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        quotations = List.copyOf(quotations);
        policies = List.copyOf(policies);
        positions = List.copyOf(positions);
        quantities = List.copyOf(quantities);
        authors = List.copyOf(authors);
        diagnostics = List.copyOf(diagnostics);
    }
}
