package org.conflictkg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.query.SeedGraph;
import org.conflictkg.server.KgServer;
import org.conflictkg.server.ServerConfig;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live server describes itself: VoID at {@code /.well-known/void} and a SPARQL Service
 * Description at {@code /.well-known/sparql-service-description}, fetched over HTTP and parsed
 * as RDF (Jena for Turtle, RDF4J Rio for the JSON-LD variant), with counts checked against the
 * store itself.
 */
class ServedDescriptionsTest {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KgServer server;

    @BeforeAll
    static void start() {
        server = KgServer.start(SeedGraph.store().dataset(), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Model turtle(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }

    private static Property p(String iri) {
        return ModelFactory.createDefaultModel().createProperty(iri);
    }

    private static long unionTriples() {
        Dataset ds = SeedGraph.store().dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Set<String> articleGraphs() {
        Dataset ds = SeedGraph.store().dataset();
        return Txn.calculateRead(ds, () -> {
            Set<String> names = new java.util.TreeSet<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    @Test
    void voidDescribesTheDatasetItsEndpointVocabulariesAndOneSubsetPerArticle() throws Exception {
        Model m = turtle(".well-known/void");
        List<Resource> datasets = m.listSubjectsWithProperty(p(VOID + "subset")).toList();
        assertEquals(1, datasets.size(), "one top-level dataset");
        Resource ds = datasets.get(0);
        assertTrue(ds.hasProperty(RDF.type, m.createResource(VOID + "Dataset")));
        assertEquals(unionTriples(), ds.getProperty(p(VOID + "triples")).getLong(), "triples of the union graph");
        assertEquals(server.sparqlUri().toString(), ds.getPropertyResourceValue(p(VOID + "sparqlEndpoint")).getURI());
        Set<String> vocabularies = m.listObjectsOfProperty(ds, p(VOID + "vocabulary")).mapWith(n -> n.asResource().getURI())
                .toSet();
        assertTrue(vocabularies.contains("https://w3id.org/conflict-kg/ontology#"), vocabularies.toString());
        assertTrue(vocabularies.contains("http://www.w3.org/ns/prov#"), vocabularies.toString());
        Set<String> subsets = m.listObjectsOfProperty(ds, p(VOID + "subset")).mapWith(n -> n.asResource().getURI()).toSet();
        assertEquals(articleGraphs(), subsets);
        long sum = 0;
        for (String s : subsets) {
            long n = m.getResource(s).getProperty(p(VOID + "triples")).getLong();
            assertTrue(n > 100, s + " has its triples counted: " + n);
            sum += n;
        }
        assertTrue(sum >= unionTriples(), "entity descriptions repeat across graphs, so the parts sum to at least the union");
    }

    @Test
    void serviceDescriptionNamesTheEndpointLanguageFormatsAndTheGraphs() throws Exception {
        Model m = turtle(".well-known/sparql-service-description");
        Resource service = m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Service")).next();
        assertEquals(server.sparqlUri().toString(), service.getPropertyResourceValue(p(SD + "endpoint")).getURI());
        assertTrue(service.hasProperty(p(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query")));
        assertTrue(service.hasProperty(p(SD + "feature"), m.createResource(SD + "UnionDefaultGraph")));
        assertTrue(service.hasProperty(p(SD + "resultFormat"),
                m.createResource("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        Resource dataset = service.getPropertyResourceValue(p(SD + "defaultDataset"));
        Resource defaultGraph = dataset.getPropertyResourceValue(p(SD + "defaultGraph"));
        assertTrue(defaultGraph.getProperty(RDFS.comment).getString().contains("union"));
        assertEquals(unionTriples(), defaultGraph.getProperty(p(VOID + "triples")).getLong());
        Set<String> named = m.listObjectsOfProperty(dataset, p(SD + "namedGraph")).mapWith(RDFNode::asResource)
                .mapWith(g -> g.getPropertyResourceValue(p(SD + "name")).getURI()).toSet();
        assertEquals(articleGraphs(), named);
    }

    @Test
    void serviceDescriptionInJsonLdReadsIntoRdf4jWithTheSameEndpoint() throws Exception {
        HttpResponse<String> r = get(".well-known/sparql-service-description", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        org.eclipse.rdf4j.model.Model m = Rio.parse(new StringReader(r.body()), "", RDFFormat.JSONLD);
        IRI endpoint = Values.iri(SD + "endpoint");
        Set<String> endpoints = m.filter(null, endpoint, null).objects().stream().map(v -> v.stringValue())
                .collect(Collectors.toSet());
        assertEquals(Set.of(server.sparqlUri().toString()), endpoints);
        assertEquals(articleGraphs().size(), m.filter(null, Values.iri(SD + "namedGraph"), null).size());
    }

    @Test
    void otherWellKnownNamesAreNotFound() throws Exception {
        assertEquals(404, get(".well-known/nothing-here", "text/turtle").statusCode());
    }
}
