package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NLP Interchange Format (NIF 2.0 core) terms used for spans. */
public final class Nif {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private Nif() {
    }

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource String = ResourceFactory.createResource(NS + "String");
    public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
}
