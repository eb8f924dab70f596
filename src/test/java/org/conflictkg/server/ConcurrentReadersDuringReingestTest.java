package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.rdf.model.Model;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.rdf.Iris;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.conflictkg.text.ArticleMetadata;
import org.conflictkg.text.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 SPARQL clients on loopback while one article is re-ingested over and over, alternating
 * between two versions of its text: no request fails, and every reader sees the article's graph
 * whole, as one version or the other, never half replaced.
 */
class ConcurrentReadersDuringReingestTest {

    private static final String FILE = "003_cd7ae7ab37400576.txt";
    private static final int CLIENTS = 16;
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final Duration MAX_RUN = Duration.ofSeconds(120);
    private static final int MIN_REPLACEMENTS = 8;

    /** Triples and span nodes of the article graph, counted in one query (one read transaction). */
    private static String shapeQuery(String graph) {
        return "SELECT ?triples ?spans {"
                + " { SELECT (COUNT(*) AS ?triples) { GRAPH <" + graph + "> { ?s ?p ?o } } }"
                + " { SELECT (COUNT(DISTINCT ?x) AS ?spans) { GRAPH <" + graph + "> {"
                + " ?x a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#OffsetBasedString> } } } }";
    }

    /** The names of the graphs that hold anything, one query. */
    private static final String GRAPHS = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";

    private static Model graphOf(String text) {
        var doc = new ArticleReader().read(FILE, text.getBytes(StandardCharsets.UTF_8), ArticleMetadata.NONE, d -> { });
        return new ArticleGraphWriter().write(ArticlePipeline.standard().analyse(doc), ExtractionRun.start());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void readersNeverSeeAHalfReplacedArticleAndNoRequestFails(@TempDir Path tmp) throws Exception {
        // Thousands of requests: Fuseki's per-request log lines would bury the build output.
        ch.qos.logback.classic.Logger requests = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.apache.jena.fuseki.Fuseki.actionLogName);
        ch.qos.logback.classic.Level level = requests.getLevel();
        requests.setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            run(tmp);
        } finally {
            requests.setLevel(level);
        }
    }

    private void run(Path tmp) throws Exception {
        String full = Files.readString(Path.of("data/articles", FILE));
        List<Model> versions = List.of(graphOf(full), graphOf(full.substring(0, full.length() / 2)));
        String id = ArticleReader.articleId(FILE);
        String graph = Iris.graphIri(id);
        // On disk, as 'serve' runs it: the in-memory TDB2 is a test configuration nobody serves from.
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            new Ingester(store).ingest(List.of(Path.of("data/articles")), false, IngestListener.NONE);
            Set<String> legal = ConcurrentHashMap.newKeySet();
            try (KgServer server = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(30)))) {
                for (Model v : versions) {
                    store.replaceArticle(id, v);
                    legal.add(shape(ServerHttp.rows(server.sparqlUri(), shapeQuery(graph))));
                }
                assertEquals(2, legal.size(), "the two versions differ: " + legal);
                String allGraphs = graphs(ServerHttp.rows(server.sparqlUri(), GRAPHS));
                assertEquals(5, allGraphs.split(" ").length, "one graph per seed article: " + allGraphs);

                AtomicBoolean stop = new AtomicBoolean();
                AtomicLong replaced = new AtomicLong();
                AtomicLong requests = new AtomicLong();
                List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
                List<Future<?>> running = new ArrayList<>();
                running.add(pool.submit(() -> {
                    while (!stop.get()) {
                        store.replaceArticle(id, versions.get((int) (replaced.getAndIncrement() % 2)));
                    }
                }));
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    running.add(pool.submit(() -> {
                        while (!stop.get()) {
                            try {
                                String seen = client % 4 == 0
                                        ? graphs(ServerHttp.rows(server.sparqlUri(), GRAPHS))
                                        : shape(ServerHttp.rows(server.sparqlUri(), shapeQuery(graph)));
                                requests.incrementAndGet();
                                if (client % 4 == 0 ? !seen.equals(allGraphs) : !legal.contains(seen)) {
                                    failures.add("client " + client + " saw " + seen + " (at " + server.sparqlUri() + ")");
                                }
                            } catch (Exception | AssertionError e) {
                                failures.add("client " + client + ": " + e);
                            }
                        }
                    }));
                }
                // At least RUN and at least MIN_REPLACEMENTS, so a slow machine still exercises the
                // replace path often; never longer than MAX_RUN.
                long t0 = System.nanoTime();
                while (System.nanoTime() - t0 < MAX_RUN.toNanos()
                        && (System.nanoTime() - t0 < RUN.toNanos() || replaced.get() < MIN_REPLACEMENTS)) {
                    Thread.sleep(200);
                }
                stop.set(true);
                for (Future<?> f : running) {
                    try {
                        f.get(90, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        throw new AssertionError("a worker hung:\n" + stacks(), e);
                    }
                }
                pool.shutdown();
                System.out.printf("load: %d requests by %d clients, %d replacements in %d s%n", requests.get(),
                        CLIENTS, replaced.get(), (System.nanoTime() - t0) / 1_000_000_000L);
                assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
                assertTrue(replaced.get() >= MIN_REPLACEMENTS, "the article was replaced many times: " + replaced.get());
                assertTrue(requests.get() >= CLIENTS * 5L, "every client got answers: " + requests.get());
            }
        }
    }

    private static String stacks() {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, st) -> {
            if (t.getName().startsWith("pool-")) {
                b.append(t.getName()).append('\n');
                for (int i = 0; i < Math.min(25, st.length); i++) {
                    b.append("    ").append(st[i]).append('\n');
                }
            }
        });
        return b.toString();
    }

    private static String graphs(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.at("/g/value").asText().replaceFirst(".*/", "")));
        return String.join(" ", names);
    }

    private static String shape(JsonNode rows) {
        JsonNode r = rows.get(0);
        return r.at("/triples/value").asText() + " triples, " + r.at("/spans/value").asText() + " spans";
    }
}
