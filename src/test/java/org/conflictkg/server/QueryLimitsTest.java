package org.conflictkg.server;

import static org.conflictkg.server.ServerHttp.count;
import static org.conflictkg.server.ServerHttp.query;
import static org.conflictkg.server.ServerHttp.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Timeout, row cap and SERVICE allow-list on real servers over the five development articles. */
class QueryLimitsTest {

    private static final String POINT = "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/conflict-kg/ontology#Article> }";
    private static final String CROSS_PRODUCT_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static KgStore store;
    private static long triples;

    @BeforeAll
    static void load() {
        store = KgStore.scratch();
        new Ingester(store).ingest(List.of(Path.of("data/articles")), false, IngestListener.NONE);
        triples = store.quadCount();
        assertTrue(triples > 2000, "the seed articles make a graph big enough to be slow to cross: " + triples);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aPathologicalQueryTimesOutWith503WhileOtherQueriesKeepAnswering() throws Exception {
        try (KgServer server = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofMillis(1500)))) {
            AtomicBoolean slowDone = new AtomicBoolean();
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return query(server.sparqlUri(), CROSS_PRODUCT_COUNT);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    slowDone.set(true);
                }
            });
            List<Long> pointMillis = new ArrayList<>();
            while (!slowDone.get() && pointMillis.size() < 200) {
                long p0 = System.nanoTime();
                assertEquals(5, count(server.sparqlUri(), POINT), "a point query answers during the slow one");
                pointMillis.add((System.nanoTime() - p0) / 1_000_000);
            }
            HttpResponse<String> r = slow.get(60, TimeUnit.SECONDS);
            long slowMillis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(slowMillis < 12_000, "cancelled near its 1.5 s limit, not when it would end: " + slowMillis + " ms");
            assertTrue(!pointMillis.isEmpty(), "point queries ran while the slow one did");
            assertEquals(5, count(server.sparqlUri(), POINT), "and after it");
        }
    }

    @Test
    void theRowCapCutsABigSelectAndSaysSo() throws Exception {
        try (KgServer server = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(20))
                .withMaxRows(1000))) {
            HttpResponse<String> all = query(server.sparqlUri(), "SELECT * { ?s ?p ?o }");
            assertEquals(200, all.statusCode());
            assertEquals(1000, new ObjectMapper().readTree(all.body()).at("/results/bindings").size());
            assertEquals("1000", all.headers().firstValue(RowCappedQuery.HEADER).orElse(""));
            // The same cap on the bare cross product: it answers at once instead of running to the timeout.
            assertEquals(1000, rows(server.sparqlUri(), "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }").size());
            HttpResponse<String> small = query(server.sparqlUri(), "SELECT * { ?s ?p ?o } LIMIT 7");
            assertEquals(7, new ObjectMapper().readTree(small.body()).at("/results/bindings").size());
            assertTrue(small.headers().firstValue(RowCappedQuery.HEADER).isEmpty(), "a smaller LIMIT is left alone");
            assertEquals(triples, count(server.sparqlUri(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                    "an aggregate still sees every row");
        }
        assertEquals(100_000, ServerConfig.defaults().maxRows());
    }

    @Test
    void serviceReachesOnlyTheAllowedEndpoints() throws Exception {
        try (KgServer other = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(20)));
             KgServer server = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(20))
                     .withServiceAllowList(List.of(other.sparqlUri().toString())))) {
            assertEquals(5, count(server.sparqlUri(), "SELECT (COUNT(*) AS ?n) { SERVICE <" + other.sparqlUri()
                    + "> { ?a a <https://w3id.org/conflict-kg/ontology#Article> } }"), "an allowed SERVICE runs");
            String elsewhere = other.baseUri().resolve("kg/query").toString();
            for (String q : List.of("SELECT * { SERVICE <" + elsewhere + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
                    "SELECT * { BIND(<" + elsewhere + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
                HttpResponse<String> r = query(server.sparqlUri(), q);
                assertEquals(422, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("is not allowed"), r.body());
            }
        }
        try (KgServer closed = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(20))
                .withServiceAllowList(List.of()))) {
            HttpResponse<String> r = query(closed.sparqlUri(), "SELECT * { SERVICE <https://query.wikidata.org/sparql> "
                    + "{ ?s ?p ?o } }");
            assertEquals(422, r.statusCode(), r.body());
        }
    }
}
