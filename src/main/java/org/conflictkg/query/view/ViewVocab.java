package org.conflictkg.query.view;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The view vocabulary {@code ckgv:} that the queries of {@code queries/views/} construct. It is
 * a presentation layer over the ontology (nodes and weighted edges), so it has its own namespace
 * rather than terms of {@code ckg:}; ontology/README.md documents it.
 */
public final class ViewVocab {

    public static final String NS = "https://w3id.org/conflict-kg/view#";

    public static final Resource Node = ResourceFactory.createResource(NS + "Node");
    public static final Resource Edge = ResourceFactory.createResource(NS + "Edge");
    public static final Property nodeType = p("nodeType");
    public static final Property source = p("source");
    public static final Property target = p("target");
    public static final Property kind = p("kind");
    public static final Property weight = p("weight");
    public static final Property evidence = p("evidence");

    private ViewVocab() {
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
