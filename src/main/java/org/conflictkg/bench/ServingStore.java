package org.conflictkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;

/**
 * The store the latency and re-ingest measurements run on: at least the target number of
 * triples, ingested from the scaled corpus with the project's own ingester, in chunks until the
 * target is reached. Building it is itself a figure. With {@code --reuse-store}, a store built by
 * an earlier run for the same target and seed is opened instead (its build figures come from
 * its manifest), so a rerun of the latency measurements does not pay for the build again.
 */
final class ServingStore {

    private static final String MANIFEST = "bench-store.properties";

    private final BenchConfig c;
    private final BenchReport report;
    private final PrintWriter log;
    private final ArticlePipeline pipeline;

    ServingStore(BenchConfig c, BenchReport report, PrintWriter log, ArticlePipeline pipeline) {
        this.c = c;
        this.report = report;
        this.log = log;
        this.pipeline = pipeline;
    }

    KgStore open(List<Path> corpus, double triplesPerArticle) throws IOException {
        Path dir = c.work().resolve("store-" + c.storeTriples());
        Properties built = manifest(dir);
        if (c.reuseStore() && String.valueOf(c.seed()).equals(built.getProperty("seed"))
                && Long.parseLong(built.getProperty("quads", "0")) >= c.storeTriples()) {
            log("reusing the serving store in " + dir + " (" + built.getProperty("quads") + " quads, built "
                    + built.getProperty("built") + ")");
            figures(dir, Integer.parseInt(built.getProperty("articles")), Long.parseLong(built.getProperty("quads")),
                    Double.parseDouble(built.getProperty("seconds")));
            report.note("serving store reused from a run at " + built.getProperty("built") + "; its build figures are that run's");
            return KgStore.open(dir);
        }
        Bench.fresh(dir);
        long t0 = System.nanoTime();
        int used = 0;
        long quads = 0;
        if (c.bulkStore()) {
            // Extraction feeds Jena's parallel loader directly; ingest then works on the result as usual.
            try (JenaLoaderBaseline.BulkSink sink = new JenaLoaderBaseline.BulkSink(dir)) {
                BulkExtraction bulk = new BulkExtraction(pipeline, c.threads());
                while (sink.quads() < c.storeTriples() && used < corpus.size()) {
                    List<Path> chunk = corpus.subList(used, Math.min(corpus.size(), used + 1000));
                    bulk.run(chunk, sink::add);
                    used += chunk.size();
                    log("building the serving store with Jena's parallel loader: " + sink.quads() + " quads from "
                            + used + " articles");
                }
            }
        }
        KgStore store = KgStore.open(dir);
        Ingester ingester = new Ingester(store, pipeline, c.threads());
        quads = store.quadCount();
        while (quads < c.storeTriples() && used < corpus.size()) {
            double perArticle = used == 0 ? triplesPerArticle : quads / (double) used;
            int want = (int) Math.ceil((c.storeTriples() - quads) / Math.max(1, perArticle) * 1.02) + 1;
            List<Path> chunk = corpus.subList(used, Math.min(corpus.size(), used + want));
            log("building the serving store: ingesting " + chunk.size() + " more articles (" + quads + " quads so far)");
            // New articles only: what the ingest wrote is what the store gained.
            quads += ingester.ingest(chunk, false, IngestListener.NONE).triplesWritten();
            used += chunk.size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        log("  store: " + quads + " quads from " + used + " articles in " + BenchReport.format(seconds) + " s");
        Properties p = new Properties();
        p.setProperty("seed", String.valueOf(c.seed()));
        p.setProperty("articles", String.valueOf(used));
        p.setProperty("quads", String.valueOf(quads));
        p.setProperty("seconds", String.valueOf(seconds));
        p.setProperty("built", java.time.Instant.now().toString());
        p.setProperty("method", c.bulkStore() ? "extraction into Jena's parallel loader" : "ingest");
        try (OutputStream out = Files.newOutputStream(dir.resolve(MANIFEST))) {
            p.store(out, "serving store of the benchmark");
        }
        figures(dir, used, quads, seconds);
        report.note("serving store built by " + p.getProperty("method") + ": " + quads + " quads from " + used
                + " scaled articles in " + BenchReport.format(seconds) + " s");
        if (quads < c.storeTriples()) {
            report.note("the scaled corpus was too small to reach " + c.storeTriples() + " triples: " + quads);
        }
        return store;
    }

    private void figures(Path dir, int articles, long quads, double seconds) throws IOException {
        report.corpus("store", Map.of("articles", articles, "quads", quads, "dir", dir.toString(),
                "fileBytes", fileBytes(dir)));
        report.figure("store.build.seconds", "s", Stats.of(seconds));
        report.figure("store.build.triplesPerSecond", "triples/s", Stats.of(quads / seconds));
        report.figure("store.quads", "quads", Stats.of(quads));
    }

    private static Properties manifest(Path dir) throws IOException {
        Properties p = new Properties();
        Path f = dir.resolve(MANIFEST);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Apparent file sizes (TDB2 pre-allocates, so this exceeds the blocks in use). */
    private static long fileBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private void log(String s) {
        log.println(s);
        log.flush();
    }
}
