package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SKOS labelling terms used for entity names. */
public final class Skos {

    public static final String NS = "http://www.w3.org/2004/02/skos/core#";

    private Skos() {
    }

    public static final Property prefLabel = ResourceFactory.createProperty(NS + "prefLabel");
    public static final Property altLabel = ResourceFactory.createProperty(NS + "altLabel");
}
