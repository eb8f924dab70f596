package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms used for article metadata. Written with the {@code https} namespace, which
 * schema.org names as canonical (Jena's own {@code SchemaDO} uses {@code http}).
 */
public final class Schema {

    public static final String NS = "https://schema.org/";

    private Schema() {
    }

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Property headline = ResourceFactory.createProperty(NS + "headline");
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
}
