package org.conflictkg.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The two vocabularies the server describes itself in: VoID (the dataset) and the SPARQL 1.1
 * Service Description (the endpoint), plus the W3C format IRIs {@code sd:resultFormat} names.
 * Only the server speaks them, so they live here rather than among the graph's vocabularies.
 */
final class DescriptionVocab {

    private DescriptionVocab() {
    }

    /** VoID, {@code http://rdfs.org/ns/void#}. */
    static final class Void {
        static final String NS = "http://rdfs.org/ns/void#";
        static final Resource Dataset = r(NS, "Dataset");
        static final Property triples = p(NS, "triples");
        static final Property sparqlEndpoint = p(NS, "sparqlEndpoint");
        static final Property vocabulary = p(NS, "vocabulary");
        static final Property subset = p(NS, "subset");
        static final Property uriSpace = p(NS, "uriSpace");
        static final Property rootResource = p(NS, "rootResource");

        private Void() {
        }
    }

    /** SPARQL 1.1 Service Description, {@code http://www.w3.org/ns/sparql-service-description#}. */
    static final class Sd {
        static final String NS = "http://www.w3.org/ns/sparql-service-description#";
        static final Resource Service = r(NS, "Service");
        static final Resource Dataset = r(NS, "Dataset");
        static final Resource Graph = r(NS, "Graph");
        static final Resource NamedGraph = r(NS, "NamedGraph");
        static final Resource SPARQL11Query = r(NS, "SPARQL11Query");
        static final Resource UnionDefaultGraph = r(NS, "UnionDefaultGraph");
        static final Resource BasicFederatedQuery = r(NS, "BasicFederatedQuery");
        static final Property endpoint = p(NS, "endpoint");
        static final Property supportedLanguage = p(NS, "supportedLanguage");
        static final Property resultFormat = p(NS, "resultFormat");
        static final Property feature = p(NS, "feature");
        static final Property defaultDataset = p(NS, "defaultDataset");
        static final Property defaultGraph = p(NS, "defaultGraph");
        static final Property namedGraph = p(NS, "namedGraph");
        static final Property name = p(NS, "name");
        static final Property graph = p(NS, "graph");

        private Sd() {
        }
    }

    /** W3C unique format IRIs, {@code http://www.w3.org/ns/formats/}. */
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }
}
