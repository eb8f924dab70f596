package org.conflictkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.IngestReport;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;

/**
 * One benchmark run, every measurement in one process, in this order: scale the corpus; extraction
 * throughput over the real corpus (BBC when given) and the scaled one, on one thread and on all
 * cores, with a stack-sampling profile; ingest into an empty TDB2 store against Jena's parallel
 * loader on the same quads; a store of the target size, served over HTTP for the latency and
 * re-ingest measurements ({@link ServingBench}); peak heap in child JVMs. Results go to
 * {@code bench.json} and {@code bench.md} in the output directory.
 */
public final class Bench {

    private final BenchConfig c;
    private final PrintWriter log;
    private final BenchReport report = new BenchReport(Machine.here());
    private final ArticlePipeline pipeline = ArticlePipeline.standard();

    private Bench(BenchConfig c, PrintWriter log) {
        this.c = c;
        this.log = log;
    }

    /** Runs the benchmark and writes its results; returns them. */
    public static BenchReport run(BenchConfig config, PrintWriter log) {
        return new Bench(config, log).run();
    }

    private BenchReport run() {
        long t0 = System.nanoTime();
        settings();
        try {
            CorpusScaler.Corpus scaled = scale();
            if (c.sections().contains("extraction")) {
                section("extraction");
                List<Path> real = c.bbc().map(SourceText::articleFiles).orElse(SourceText.articleFiles(c.articles()));
                extraction("real", real, c.bbc().isPresent());
                extraction("scaled", scaled.first(c.extractionArticles()), false);
            }
            // Without the ingest figures, the store is built in chunks from a first guess.
            double triplesPerArticle = 500;
            if (c.sections().contains("ingest")) {
                section("ingest");
                triplesPerArticle = ingest(scaled.first(c.ingestArticles()));
            }
            if (c.sections().contains("serving")) {
                section("serving");
                try (KgStore store = new ServingStore(c, report, log, pipeline).open(scaled.files(), triplesPerArticle)) {
                    new ServingBench(c, report, log, new Ingester(store, pipeline, c.threads())).run(store, scaled);
                }
            }
            if (c.sections().contains("heap")) {
                section("heap");
                heap(scaled);
            }
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "benchmark I/O failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.CONFIG_INVALID, "benchmark interrupted", e);
        }
        report.setting("totalSeconds", (System.nanoTime() - t0) / 1e9);
        report.write(c.out().resolve("bench.json"), c.out().resolve("bench.md"));
        say("wrote " + c.out().resolve("bench.json") + " and bench.md");
        return report;
    }

    private void settings() {
        report.setting("mode", c.quick() ? "quick" : "full");
        report.setting("seed", c.seed());
        report.setting("repeats", c.repeats());
        report.setting("threads", c.threads());
        report.setting("scaledArticles", c.scaledArticles());
        report.setting("extractionArticles", c.extractionArticles());
        report.setting("ingestArticles", c.ingestArticles());
        report.setting("storeTriplesTarget", c.storeTriples());
        report.setting("querySeconds", c.queryLength().toMillis() / 1000.0);
        report.setting("clients", c.clients());
        report.setting("childHeap", c.childHeap());
        report.setting("heapArticles", c.heapArticles());
        report.setting("bbc", c.bbc().map(Path::toString).orElse("absent"));
        report.setting("sections", BenchConfig.SECTIONS.stream().filter(c.sections()::contains).toList());
        report.setting("reuseStore", c.reuseStore());
    }

    private CorpusScaler.Corpus scale() {
        Path dir = c.work().resolve("scaled-" + c.seed());
        say("scaling the corpus to " + c.scaledArticles() + " articles in " + dir);
        CorpusScaler scaler = CorpusScaler.from(c.articles(), c.bbc().map(List::of).orElse(List.of()), c.seed());
        CorpusScaler.Corpus corpus = scaler.ensure(dir, c.scaledArticles());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("articles", corpus.files().size());
        facts.put("bytes", corpus.bytes());
        facts.put("sourceArticles", scaler.sourceArticles());
        facts.put("rejectedSources", scaler.rejectedSources());
        facts.put("reusedFromDisk", corpus.reused());
        facts.put("seconds", corpus.seconds());
        report.corpus("scaled", facts);
        if (!corpus.reused()) {
            report.figure("scale.articlesPerSecond", "articles/s", Stats.of(corpus.files().size() / corpus.seconds()));
        }
        return corpus;
    }

    private void extraction(String name, List<Path> files, boolean targets) {
        List<ExtractionBench.Article> articles = ExtractionBench.load(files);
        report.corpus(name, Map.of("articles", articles.size(), "bytes", ExtractionBench.bytes(articles),
                "source", name.equals("real") ? c.bbc().orElse(c.articles()).toString() : "scaled"));
        ExtractionBench bench = new ExtractionBench(pipeline);
        say("extraction over the " + name + " corpus (" + articles.size() + " articles): warm-up");
        bench.run(articles.subList(0, Math.min(articles.size(), 1000)), c.threads());
        for (int threads : c.threads() == 1 ? List.of(1) : List.of(1, c.threads())) {
            List<ExtractionBench.Pass> passes = new ArrayList<>();
            try (StackSampler sampler = threads > 1 ? StackSampler.start(5, ExtractionBench.THREAD_PREFIX) : null) {
                for (int r = 0; r < c.repeats(); r++) {
                    passes.add(bench.run(articles, threads));
                    say("  " + threads + " thread(s): " + BenchReport.format(passes.get(r).articlesPerSecond())
                            + " articles/s, " + passes.get(r).failures() + " rejected");
                }
                if (sampler != null) {
                    report.profile("extraction." + name, sampler.hotspots(12));
                }
            }
            String id = "extraction." + name + ".t" + threads;
            boolean all = threads == c.threads();
            report.figure(id + ".articlesPerSecond", "articles/s", stats(passes, ExtractionBench.Pass::articlesPerSecond),
                    targets && all ? Optional.of(Figure.Target.atLeast(2000)) : Optional.empty(), "");
            report.figure(id + ".megabytesPerSecond", "MB/s (10^6 bytes)", stats(passes, ExtractionBench.Pass::megabytesPerSecond),
                    targets && all ? Optional.of(Figure.Target.atLeast(5)) : Optional.empty(), "");
            report.figure(id + ".rejectedArticles", "articles", stats(passes, p -> p.failures()));
        }
    }

    /** Ingest into an empty store vs Jena's parallel loader on the same quads; triples per article. */
    private double ingest(List<Path> files) throws IOException {
        say("ingest of " + files.size() + " scaled articles into an empty TDB2 store, " + c.repeats() + " times");
        // Warm-up, as extraction has one: else the first repeat alone pays for compiling the
        // pipeline and TDB2's write path, while Jena's loader runs after it on warm TDB2 code.
        try (KgStore scratch = KgStore.open(fresh(c.work().resolve("ingest-warmup")))) {
            new Ingester(scratch, pipeline, c.threads()).ingest(files.subList(0, Math.min(files.size(), 100)), false,
                    IngestListener.NONE);
        }
        delete(c.work().resolve("ingest-warmup"));
        List<Double> ours = new ArrayList<>();
        long triples = 0;
        Path nquads = c.work().resolve("ingest.nq");
        for (int r = 0; r < c.repeats(); r++) {
            Path dir = fresh(c.work().resolve("ingest-store"));
            try (KgStore store = KgStore.open(dir)) {
                long t0 = System.nanoTime();
                IngestReport rep = new Ingester(store, pipeline, c.threads()).ingest(files, false, IngestListener.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                triples = rep.triplesWritten();
                ours.add(triples / s);
                say("  ingest: " + BenchReport.format(triples / s) + " triples/s (" + triples + " triples, "
                        + rep.failed() + " failed)");
                if (r == c.repeats() - 1) {
                    JenaLoaderBaseline.dump(store, nquads);
                }
            }
        }
        List<Double> jena = new ArrayList<>();
        for (int r = 0; r < c.repeats(); r++) {
            Path dir = fresh(c.work().resolve("jena-store"));
            Files.delete(dir);
            JenaLoaderBaseline.Load load = JenaLoaderBaseline.load(nquads, dir);
            jena.add(load.quadsPerSecond());
            say("  Jena parallel loader: " + BenchReport.format(load.quadsPerSecond()) + " quads/s (" + load.quads() + ")");
        }
        delete(c.work().resolve("jena-store"));
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratios.add(ours.get(i) / jena.get(i));
        }
        report.corpus("ingest", Map.of("articles", files.size(), "triples", triples, "nquadsBytes", Files.size(nquads)));
        report.figure("ingest.triplesPerSecond", "triples/s", Stats.of(ours));
        report.figure("ingest.jenaParallelLoader.triplesPerSecond", "quads/s", Stats.of(jena));
        report.figure("ingest.ratioToJenaParallelLoader", "ratio", Stats.of(ratios), Optional.of(Figure.Target.atLeast(0.8)),
                "ours (extract + write) over Jena's loader (parse + load) on the same quads, pairwise per repeat");
        return triples / (double) files.size();
    }

    private void heap(CorpusScaler.Corpus scaled) throws IOException, InterruptedException {
        HeapBench bench = new HeapBench(c.childHeap(), c.threads());
        List<Double> afterGc = new ArrayList<>();
        List<String> labels = List.of("small", "large");
        for (int i = 0; i < c.heapArticles().size() && i < labels.size(); i++) {
            int n = c.heapArticles().get(i);
            say("peak heap: streaming " + n + " articles through extraction in a child JVM (-Xmx" + c.childHeap() + ")");
            JsonNode r = bench.run(scaled.first(n), c.work().resolve("heap-" + n + ".list"));
            String id = "heap." + labels.get(i);
            double after = r.path("peakAfterGcBytes").asDouble() / (1 << 20);
            afterGc.add(after);
            report.figure(id + ".articles", "articles", Stats.of(r.path("articles").asDouble()));
            report.figure(id + ".peakAfterGcMiB", "MiB", Stats.of(after), Optional.of(Figure.Target.atMost(256)),
                    "largest heap in use right after a collection: what the stream keeps alive");
            report.figure(id + ".peakBeforeGcMiB", "MiB", Stats.of(r.path("peakBeforeGcBytes").asDouble() / (1 << 20)));
            report.figure(id + ".retainedAfterFullGcMiB", "MiB", Stats.of(r.path("retainedAfterFullGcBytes").asDouble() / (1 << 20)));
            report.figure(id + ".articlesPerSecond", "articles/s", Stats.of(r.path("articles").asDouble() / r.path("seconds").asDouble()));
            say("  " + r);
        }
        if (afterGc.size() == 2) {
            report.figure("heap.growthLargeOverSmall", "ratio", Stats.of(afterGc.get(1) / afterGc.get(0)),
                    Optional.of(Figure.Target.atMost(1.25)), "peak after-GC heap, large stream over small: flat is 1");
        }
    }

    private static Stats stats(List<ExtractionBench.Pass> passes, ToDoubleFunction<ExtractionBench.Pass> f) {
        return Stats.of(passes.stream().map(p -> f.applyAsDouble(p)).toList());
    }

    /** An empty directory at {@code dir}, whatever was there before. */
    static Path fresh(Path dir) throws IOException {
        delete(dir);
        Files.createDirectories(dir);
        return dir;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Notes how loaded the machine is as a section starts: shared cores skew every figure. */
    private void section(String name) {
        report.note(String.format(java.util.Locale.ROOT, "%s started at load average %.1f, CPU pressure %.0f%%", name,
                Machine.loadAverageNow(), Machine.cpuPressureNow()));
    }

    private void say(String s) {
        log.println(s);
        log.flush();
    }
}
