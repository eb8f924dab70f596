package org.conflictkg.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.server.DescriptionVocab.Sd;
import org.conflictkg.server.DescriptionVocab.Void;

/**
 * The served dataset described for machines: a VoID description (size, endpoint, vocabularies,
 * one subset per article graph) and a SPARQL Service Description of the query endpoint. Counted
 * on every request, since the store may change while the server runs.
 */
final class DatasetDescription {

    private static final String[] VOCABULARIES = {Ckg.NS, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
        "http://www.w3.org/ns/prov#", "https://schema.org/", "http://www.w3.org/2004/02/skos/core#"};
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
        "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"};

    /** One article graph and its size. */
    private record GraphSize(Node name, long triples) {
    }

    /** The counts both descriptions report, read in one transaction. */
    private record Sizes(long unionTriples, List<GraphSize> graphs) {
    }

    private final Dataset dataset;
    private final boolean federation;

    /** {@code federation}: whether SERVICE may call any endpoint (a non-empty allow-list), for {@code sd:feature}. */
    DatasetDescription(Dataset dataset, boolean federation) {
        this.dataset = dataset;
        this.federation = federation;
    }

    private Sizes sizes() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<GraphSize> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> graphs.add(new GraphSize(g, dsg.getGraph(g).size())));
            graphs.sort((a, b) -> a.name().getURI().compareTo(b.name().getURI()));
            return new Sizes(dsg.getUnionGraph().size(), graphs);
        });
    }

    /** VoID of the dataset; {@code self} is the description's own IRI, {@code endpoint} the query URL. */
    Model voidDescription(String self, String endpoint) {
        Sizes sizes = sizes();
        Model m = prefixed();
        Resource ds = m.createResource(self + "#dataset").addProperty(RDF.type, Void.Dataset)
                .addProperty(DCTerms.title, "conflict-kg")
                .addProperty(DCTerms.description, "Actors, weapon systems, decisions and stated positions from news "
                        + "articles, one named graph per article, every fact traced to its character span.")
                .addLiteral(Void.triples, sizes.unionTriples())
                .addProperty(Void.sparqlEndpoint, m.createResource(endpoint))
                .addProperty(Void.uriSpace, Ckg.DATA);
        for (String v : VOCABULARIES) {
            ds.addProperty(Void.vocabulary, m.createResource(v));
        }
        for (GraphSize g : sizes.graphs()) {
            Resource sub = m.createResource(g.name().getURI()).addProperty(RDF.type, Void.Dataset)
                    .addLiteral(Void.triples, g.triples()).addProperty(Void.sparqlEndpoint, m.createResource(endpoint));
            ds.addProperty(Void.subset, sub);
        }
        return m;
    }

    /** The service description of the query endpoint at {@code endpoint}. */
    Model serviceDescription(String endpoint) {
        Sizes sizes = sizes();
        Model m = prefixed();
        Resource service = m.createResource(endpoint).addProperty(RDF.type, Sd.Service)
                .addProperty(Sd.endpoint, m.createResource(endpoint))
                .addProperty(Sd.supportedLanguage, Sd.SPARQL11Query)
                .addProperty(Sd.feature, Sd.UnionDefaultGraph);
        if (federation) {
            service.addProperty(Sd.feature, Sd.BasicFederatedQuery);
        }
        for (String f : RESULT_FORMATS) {
            service.addProperty(Sd.resultFormat, m.createResource(DescriptionVocab.FORMATS + f));
        }
        Resource defaultGraph = m.createResource().addProperty(RDF.type, Sd.Graph)
                .addLiteral(Void.triples, sizes.unionTriples())
                .addProperty(RDFS.comment, "The default graph is the union of all article graphs (read-only).");
        Resource dataset = m.createResource().addProperty(RDF.type, Sd.Dataset).addProperty(Sd.defaultGraph, defaultGraph);
        for (GraphSize g : sizes.graphs()) {
            Resource graph = m.createResource().addProperty(RDF.type, Sd.Graph).addLiteral(Void.triples, g.triples());
            dataset.addProperty(Sd.namedGraph, m.createResource().addProperty(RDF.type, Sd.NamedGraph)
                    .addProperty(Sd.name, m.createResource(g.name().getURI())).addProperty(Sd.graph, graph));
        }
        service.addProperty(Sd.defaultDataset, dataset);
        return m;
    }

    private static Model prefixed() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", Void.NS);
        m.setNsPrefix("sd", Sd.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("ckg", Ckg.NS);
        return m;
    }
}
