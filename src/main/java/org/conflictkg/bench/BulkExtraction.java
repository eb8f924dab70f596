package org.conflictkg.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.jena.rdf.model.Model;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.rdf.Iris;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.Document;

/**
 * Reads, extracts and writes the graphs of many articles on a few threads and hands each graph,
 * in file order, to one consumer thread: the feed of {@link JenaLoaderBaseline.BulkSink}. Unreadable
 * articles are skipped, as ingest skips them.
 */
final class BulkExtraction {

    private final ArticlePipeline pipeline;
    private final int threads;
    private final ArticleReader reader = new ArticleReader();
    private final ArticleGraphWriter writer = new ArticleGraphWriter();
    private final ExtractionRun run = ExtractionRun.start();

    BulkExtraction(ArticlePipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** Graph IRI and graph of every readable article of {@code files}, in order, to {@code sink}. */
    void run(List<Path> files, BiConsumer<String, Model> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, ExtractionBench.THREAD_PREFIX + "-bulk");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Model>> window = new ArrayDeque<>();
            Deque<String> ids = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path f = files.get(next++);
                    ids.add(ArticleReader.articleId(f.getFileName().toString()));
                    window.add(pool.submit(() -> extract(f)));
                }
                Model m = window.removeFirst().get();
                String id = ids.removeFirst();
                if (m != null) {
                    sink.accept(Iris.graphIri(id), m);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.STORE_FAILURE, "bulk extraction interrupted", e);
        } catch (ExecutionException e) {
            throw new KgException(ErrorCode.STORE_FAILURE, "bulk extraction failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The article's graph, or null when the reader or an extractor rejects it (counted by ingest, not here). */
    private Model extract(Path f) {
        try {
            Document doc = reader.read(f, d -> { });
            return writer.write(pipeline.analyse(doc), run);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
