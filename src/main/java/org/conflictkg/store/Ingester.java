package org.conflictkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ContentHash;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.store.IngestReport.Failure;
import org.conflictkg.store.IngestReport.FileDiagnostic;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.Document;

/**
 * Reads articles, extracts, writes each one's graph and replaces it in the store. Extraction runs
 * on a small thread pool (the pipeline and writer are thread-safe); the store is written by one
 * writer thread, in file order, several articles per write transaction, while the next batch is
 * being extracted (writing is the slower half: overlapping the two, rather than alternating, is
 * most of ingest's speed). Progress is still reported on the calling thread, after each commit.
 * A file that cannot be read or extracted is recorded as a failure and the batch goes on; a
 * failing store is fatal.
 */
public final class Ingester {

    /** Articles per write transaction: one commit per article would dominate on disk. */
    private static final int BATCH_ARTICLES = 64;
    private static final long BATCH_TRIPLES = 250_000;

    private final KgStore store;
    private final ArticlePipeline pipeline;
    private final ArticleGraphWriter writer = new ArticleGraphWriter();
    private final ArticleReader reader = new ArticleReader();
    private final int threads;

    public Ingester(KgStore store, ArticlePipeline pipeline, int threads) {
        if (threads < 1) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "ingest needs at least one thread, not " + threads);
        }
        this.store = store;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** The shipped pipeline, on up to four threads. */
    public Ingester(KgStore store) {
        this(store, ArticlePipeline.standard(), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public IngestReport ingest(List<Path> filesOrDirs, boolean skipUnchanged, IngestListener listener) {
        return ingest(filesOrDirs, skipUnchanged, listener, ExtractionRun.start());
    }

    public IngestReport ingest(List<Path> filesOrDirs, boolean skipUnchanged, IngestListener listener,
                               ExtractionRun run) {
        long t0 = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        List<Path> files = expand(filesOrDirs, failures);
        listener.started(files.size());
        Map<String, String> stored = skipUnchanged ? store.contentHashes() : Map.of();
        List<FileDiagnostic> diagnostics = new ArrayList<>();
        Map<String, Path> claimed = new HashMap<>();
        int skipped = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ckg-extract");
            t.setDaemon(true);
            return t;
        });
        Batch batch = new Batch(listener, files.size());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> process(f, stored, run)));
                }
                Path file = files.get(i);
                Outcome o = await(window.removeFirst(), file);
                if (o instanceof Outcome.Failed f) {
                    failures.add(new Failure(file, f.message()));
                    listener.failed(i + 1, files.size(), file, f.message());
                    continue;
                }
                String id = o instanceof Outcome.Written w ? w.articleId() : ((Outcome.Unchanged) o).articleId();
                Path earlier = claimed.putIfAbsent(id, file);
                if (earlier != null) {
                    String msg = file + ": article id '" + id + "' is already taken by " + earlier
                            + " in this batch; rename one of the files";
                    failures.add(new Failure(file, msg));
                    listener.failed(i + 1, files.size(), file, msg);
                } else if (o instanceof Outcome.Written w) {
                    w.analysis().diagnostics().forEach(d -> diagnostics.add(new FileDiagnostic(file, d)));
                    batch.add(i + 1, file, w.articleId(), w.graph());
                } else {
                    skipped++;
                    listener.skipped(i + 1, files.size(), file, id);
                }
            }
            batch.flush();
            batch.awaitWrite();
        } finally {
            pool.shutdownNow();
            // No interrupt: a write transaction in flight finishes (or aborts) on its own; an
            // interrupted TDB2 file channel would close under it.
            batch.writerThread.shutdown();
        }
        IngestReport report = new IngestReport(files.size(), batch.ingested, skipped, failures, diagnostics,
                batch.triples, Duration.ofNanos(System.nanoTime() - t0));
        listener.finished(report);
        return report;
    }

    /** Read, extract and write one article, off the store thread. Never throws for bad input. */
    private Outcome process(Path file, Map<String, String> stored, ExtractionRun run) {
        try {
            Document doc = reader.read(file);
            if (ContentHash.of(doc.text()).equals(stored.get(doc.id()))) {
                return new Outcome.Unchanged(doc.id());
            }
            ArticleAnalysis analysis = pipeline.analyse(doc);
            return new Outcome.Written(doc.id(), analysis, writer.write(analysis, run));
        } catch (KgException e) {
            return new Outcome.Failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(file + ": extraction failed (" + e + "); the article was not stored");
        }
    }

    private static Outcome await(Future<Outcome> f, Path file) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.STORE_FAILURE, "ingest interrupted at " + file, e);
        } catch (ExecutionException e) {
            return new Outcome.Failed(file + ": extraction failed (" + e.getCause() + "); the article was not stored");
        }
    }

    /** Directories become their *.txt files (sorted by name); a missing path is a failure. */
    static List<Path> expand(List<Path> filesOrDirs, List<Failure> failures) {
        List<Path> out = new ArrayList<>();
        for (Path p : filesOrDirs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    failures.add(new Failure(p, "cannot list the directory (" + e.getMessage() + ")"));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                failures.add(new Failure(p, "no such file or directory"));
            }
        }
        return out;
    }

    /**
     * Extracted graphs waiting for their write transaction, with the progress to report after it.
     * At most one transaction is in flight on the writer thread while the next batch fills up.
     */
    private final class Batch {
        private final IngestListener listener;
        private final int total;
        private Map<String, Model> graphs = new LinkedHashMap<>();
        private List<Runnable> done = new ArrayList<>();
        private long pendingTriples;
        private Future<?> writing;
        private List<Runnable> writingDone = List.of();
        private long writingTriples;
        final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ckg-store-writer");
            t.setDaemon(true);
            return t;
        });
        int ingested;
        long triples;

        Batch(IngestListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        void add(int index, Path file, String articleId, Model graph) {
            long size = graph.size();
            graphs.put(articleId, graph);
            done.add(() -> listener.ingested(index, total, file, articleId, size));
            pendingTriples += size;
            if (graphs.size() >= BATCH_ARTICLES || pendingTriples >= BATCH_TRIPLES) {
                flush();
            }
        }

        /** Hands the batch to the writer thread, after the previous transaction has committed. */
        void flush() {
            if (graphs.isEmpty()) {
                return;
            }
            awaitWrite();
            Map<String, Model> toWrite = graphs;
            writing = writerThread.submit(() -> store.replaceArticles(toWrite));
            writingDone = done;
            writingTriples = pendingTriples;
            graphs = new LinkedHashMap<>();
            done = new ArrayList<>();
            pendingTriples = 0;
        }

        /** Waits for the transaction in flight, then reports its articles; rethrows its failure. */
        void awaitWrite() {
            if (writing == null) {
                return;
            }
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KgException(ErrorCode.STORE_FAILURE, "ingest interrupted while writing to the store", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof KgException k) {
                    throw k;
                }
                throw new KgException(ErrorCode.STORE_FAILURE, "writing to the store failed: " + e.getCause(), e.getCause());
            }
            writing = null;
            ingested += writingDone.size();
            triples += writingTriples;
            writingDone.forEach(Runnable::run);
        }
    }

    /** What a worker hands back for one file. */
    private sealed interface Outcome {
        record Written(String articleId, ArticleAnalysis analysis, Model graph) implements Outcome {
        }

        record Unchanged(String articleId) implements Outcome {
        }

        record Failed(String message) implements Outcome {
        }
    }
}
