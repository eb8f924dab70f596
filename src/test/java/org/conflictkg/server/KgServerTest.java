package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.conflictkg.diag.KgException;
import org.conflictkg.query.Fixture;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real server on a free port over the fixture graph and talks HTTP to it. */
class KgServerTest {

    private static final String GRAPH_A = "https://w3id.org/conflict-kg/id/graph/art-a";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KgStore store;
    private static KgServer server;

    @BeforeAll
    static void start() {
        store = Fixture.store();
        server = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(server.baseUri().resolve(pathAndQuery)).header("Accept", accept)
                .GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode select(URI endpoint, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r;
        try {
            r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The server may close a kept-alive connection after refusing an update; a POST the
            // client sent on it just then is lost, and HTTP clients resend it on a new connection.
            r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).at("/results/bindings");
    }

    @Test
    void sparqlEndpointSeesOneNamedGraphPerArticle() throws Exception {
        JsonNode rows = select(server.sparqlUri(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(2, rows.get(0).at("/n/value").asInt());
        JsonNode viaDataset = select(server.baseUri().resolve("kg"), "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/conflict-kg/ontology#Article> }");
        assertEquals(2, viaDataset.get(0).at("/n/value").asInt());
    }

    @Test
    void defaultGraphIsTheUnionOfTheArticleGraphs() throws Exception {
        JsonNode rows = select(server.baseUri().resolve("kg/query"), """
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                SELECT ?file ?holder { ?p a ckg:StatedPosition ; ckg:stance ckg:supports ; ckg:holder ?h ;
                  ckg:inArticle ?a . ?a ckg:fileName ?file . ?h <http://www.w3.org/2000/01/rdf-schema#label> ?holder }
                """);
        assertEquals(1, rows.size());
        assertEquals("art-b.txt", rows.get(0).at("/file/value").asText());
        assertEquals("Zelensky", rows.get(0).at("/holder/value").asText());
    }

    @Test
    void updatesAreRefusedEverywhere() throws Exception {
        String update = "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8);
        for (String path : new String[] {"kg/update", "kg/sparql", "kg", "kg/query"}) {
            int status = post(path, "application/x-www-form-urlencoded", update).statusCode();
            assertTrue(status == 400 || status == 404 || status == 405, path + " answered " + status);
        }
        int put = post("kg/data?graph=" + URLEncoder.encode(GRAPH_A, StandardCharsets.UTF_8), "text/turtle",
                "<urn:a> <urn:b> <urn:c> .").statusCode();
        assertTrue(put == 400 || put == 404 || put == 405, "GSP POST answered " + put);
        assertEquals(2, select(server.sparqlUri(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
                .get(0).at("/n/value").asInt());
    }

    @Test
    void graphStoreReadReturnsOneArticleGraphAsTurtle() throws Exception {
        HttpResponse<String> r = get("kg/get?graph=" + URLEncoder.encode(GRAPH_A, StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource("https://w3id.org/conflict-kg/id/article/art-a"),
                m.createProperty("https://w3id.org/conflict-kg/ontology#fileName"), "art-a.txt"));
        assertTrue(m.listSubjectsWithProperty(m.createProperty("https://w3id.org/conflict-kg/ontology#fileName"),
                "art-b.txt").toList().isEmpty());
        assertEquals(200, get("kg/data?graph=" + URLEncoder.encode(GRAPH_A, StandardCharsets.UTF_8),
                "application/n-triples").statusCode());
    }

    @Test
    void uiAndTheAdminReadOutsItCallsAnswer() throws Exception {
        HttpResponse<String> index = get("index.html", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Fuseki"), "index.html is the Fuseki UI");
        assertEquals(200, get("", "text/html").statusCode());
        assertEquals(200, get("$/ping", "*/*").statusCode());
        HttpResponse<String> datasets = get("$/datasets", "application/json");
        assertEquals(200, datasets.statusCode());
        assertEquals("/kg", new ObjectMapper().readTree(datasets.body()).at("/datasets/0/ds.name").asText());
        assertEquals(200, get("$/datasets/kg", "application/json").statusCode());
        assertEquals(200, get("$/server", "application/json").statusCode());
        assertEquals(200, get("$/stats/kg", "application/json").statusCode());
        int create = post("$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem").statusCode();
        assertEquals(405, create);
    }

    @Test
    void aQueryOverTheTimeoutIsCancelledAndTheServerLivesOn() throws Exception {
        try (KgServer quick = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofMillis(1000)))) {
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            HttpRequest req = HttpRequest.newBuilder(quick.sparqlUri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "cancelled well before the client gave up");
            // A cheap query on the same server: it still answers (well inside its timeout, even on a busy machine).
            assertEquals(1, select(quick.sparqlUri(), "SELECT (1 AS ?n) {}").get(0).at("/n/value").asInt());
        }
    }

    @Test
    void aTakenPortFailsWithAServerError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            KgException e = assertThrows(KgException.class, () -> KgServer.start(store.dataset(),
                    new ServerConfig("localhost", taken.getLocalPort(), Duration.ofSeconds(1))));
            assertTrue(e.getMessage().contains(Integer.toString(taken.getLocalPort())), e.getMessage());
        }
    }

    @Test
    void serviceIsAllowedOnlyToTheListedEndpointsOnAnyHost() {
        var open = KgServer.endpointContext(new ServerConfig("0.0.0.0", 0, Duration.ofSeconds(3)));
        assertEquals(true, open.get(org.apache.jena.query.ARQ.httpServiceAllowed));
        assertEquals("3000", open.getAsString(org.apache.jena.query.ARQ.queryTimeout));
        var none = KgServer.endpointContext(new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(3))
                .withServiceAllowList(java.util.List.of()));
        assertEquals(false, none.get(org.apache.jena.query.ARQ.httpServiceAllowed));
        assertTrue(org.apache.jena.sparql.service.ServiceExecutorRegistry.get(none).getSingleChain().get(0)
                instanceof ServiceAllowList, "the allow-list is the first link");
    }

    @Test
    void serverConfigRejectsNonsense() {
        for (int bad : Set.of(-1, 70000)) {
            assertThrows(KgException.class, () -> new ServerConfig("localhost", bad, Duration.ofSeconds(1)));
        }
        assertThrows(KgException.class, () -> new ServerConfig("localhost", 1, Duration.ZERO));
        assertThrows(KgException.class, () -> ServerConfig.defaults().withMaxRows(0));
        assertThrows(KgException.class, () -> ServerConfig.defaults().withServiceAllowList(
                java.util.List.of("file:///etc/passwd")));
    }
}
