package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Wikidata entity IRIs, the targets of {@code owl:sameAs}. */
public final class Wd {

    public static final String NS = "http://www.wikidata.org/entity/";

    private Wd() {
    }

    /** The entity IRI of a QID; only well-formed QIDs ("Q" and digits) make an IRI. */
    public static Resource entity(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata QID: " + qid);
        }
        return ResourceFactory.createResource(NS + qid);
    }
}
