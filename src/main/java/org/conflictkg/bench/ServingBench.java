package org.conflictkg.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.server.KgServer;
import org.conflictkg.server.ServerConfig;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.slf4j.LoggerFactory;

/**
 * The measurements that need the store served: SPARQL latency of the analyst queries at each
 * client count, and the time until a re-ingested article is visible to queries. The server is the
 * project's own (read-only Fuseki on loopback), with a long query timeout so slow aggregates are
 * measured rather than cut off.
 */
final class ServingBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final BenchConfig c;
    private final BenchReport report;
    private final PrintWriter log;
    private final Ingester ingester;

    ServingBench(BenchConfig c, BenchReport report, PrintWriter log, Ingester ingester) {
        this.c = c;
        this.report = report;
        this.log = log;
        this.ingester = ingester;
    }

    void run(KgStore store, CorpusScaler.Corpus corpus) throws InterruptedException {
        quietRequestLog();
        try (KgServer server = KgServer.start(store.dataset(), new ServerConfig(ServerConfig.DEFAULT_HOST, 0, TIMEOUT))) {
            SparqlHttp http = new SparqlHttp(server.sparqlUri());
            BenchQueries.Subject subject = BenchQueries.pick(http);
            List<BenchQueries.BenchQuery> queries = BenchQueries.load(c.queries(), subject);
            Map<String, Object> facts = new java.util.LinkedHashMap<>();
            facts.put("actor", subject.actorName());
            facts.put("statement", subject.statementIri());
            facts.put("statementKind", subject.statementKind());
            for (BenchQueries.BenchQuery q : queries) {
                facts.put(q.name() + ".rows", http.select(q.text()).size());
            }
            report.corpus("queries", facts);
            latency(server, queries);
            reingest(http, corpus);
        }
    }

    private void latency(KgServer server, List<BenchQueries.BenchQuery> queries) throws InterruptedException {
        QueryLatencyBench bench = new QueryLatencyBench(server.sparqlUri());
        for (BenchQueries.BenchQuery q : queries) {
            for (int clients : c.clients()) {
                List<Double> p50 = new ArrayList<>();
                List<Double> p95 = new ArrayList<>();
                List<Double> p99 = new ArrayList<>();
                List<Double> qps = new ArrayList<>();
                List<Double> errors = new ArrayList<>();
                for (int r = 0; r < c.repeats(); r++) {
                    QueryLatencyBench.Cell cell = bench.run(q.text(), clients, c.queryLength());
                    p50.add(cell.percentileMillis(50));
                    p95.add(cell.percentileMillis(95));
                    p99.add(cell.percentileMillis(99));
                    qps.add(cell.queriesPerSecond());
                    errors.add((double) cell.errors());
                }
                String id = "query." + q.name() + ".c" + clients;
                say(id + ": p50 " + BenchReport.format(Stats.of(p50).median()) + " ms, p99 "
                        + BenchReport.format(Stats.of(p99).median()) + " ms, " + BenchReport.format(Stats.of(qps).median())
                        + " q/s");
                Optional<Figure.Target> target = clients == 16
                        ? Optional.of(Figure.Target.atMost(q.point() ? 100 : 1000)) : Optional.empty();
                report.figure(id + ".p50Ms", "ms", Stats.of(p50));
                report.figure(id + ".p95Ms", "ms", Stats.of(p95));
                report.figure(id + ".p99Ms", "ms", Stats.of(p99), target, q.point() ? "point query" : "aggregate");
                report.figure(id + ".queriesPerSecond", "queries/s", Stats.of(qps));
                report.figure(id + ".errors", "answers other than 200", Stats.of(errors));
            }
        }
    }

    private void reingest(SparqlHttp http, CorpusScaler.Corpus corpus) throws InterruptedException {
        ReingestBench bench = new ReingestBench(ingester, http);
        List<Double> committed = new ArrayList<>();
        List<Double> visible = new ArrayList<>();
        for (int r = 0; r < c.reingests(); r++) {
            // Articles from the end of the corpus, past those the store was built from: each is
            // ingested first (untimed) and then re-ingested, so the figure does not depend on how the
            // store was built (a bulk-loaded store of an older version may hold forms TDB2 cannot
            // delete) nor on what an earlier run re-ingested.
            Path article = corpus.files().get(corpus.files().size() - 1 - r);
            ReingestBench.Result res = bench.run(article, c.work().resolve("reingest"), r + 1);
            committed.add(res.committedMillis());
            visible.add(res.visibleMillis());
            say("re-ingest " + (r + 1) + ": visible after " + BenchReport.format(res.visibleMillis()) + " ms, ingest call "
                    + BenchReport.format(res.committedMillis()) + " ms");
        }
        report.figure("reingest.visibleMs", "ms", Stats.of(visible), Optional.of(Figure.Target.atMost(200)),
                "from the start of the ingest call to the first query answer that sees the new graph");
        report.figure("reingest.ingestCallMs", "ms", Stats.of(committed),
                Optional.empty(), "the whole ingest call, including its report's count of the store's quads");
    }

    /** Fuseki logs every request at INFO: thousands per second would cost more than the queries. */
    private static void quietRequestLog() {
        if (LoggerFactory.getLogger("org.apache.jena.fuseki") instanceof Logger l) {
            l.setLevel(Level.WARN);
        }
        if (LoggerFactory.getLogger("org.apache.jena.fuseki.Fuseki") instanceof Logger l) {
            l.setLevel(Level.WARN);
        }
    }

    private void say(String s) {
        log.println(s);
        log.flush();
    }
}
