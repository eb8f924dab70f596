package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.text.ArticleMetadata;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.Document;

/**
 * Extraction throughput: decoding and analysing articles already in memory (so the figure is the
 * extractors', not the disk's), on a given number of threads sharing one pipeline, as ingest does.
 * An article the reader rejects counts as processed and as a failure.
 */
final class ExtractionBench {

    static final String THREAD_PREFIX = "bench-extract";

    /** An article file's name and bytes. */
    record Article(String fileName, byte[] bytes) {
    }

    /** One pass: articles, bytes, seconds, failures, mentions found (a sanity check of the work). */
    record Pass(int articles, long bytes, double seconds, int failures, long mentions) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final ArticlePipeline pipeline;
    private final ArticleReader reader = new ArticleReader();

    ExtractionBench(ArticlePipeline pipeline) {
        this.pipeline = pipeline;
    }

    static List<Article> load(List<Path> files) {
        List<Article> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                out.add(new Article(f.getFileName().toString(), Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new KgException(ErrorCode.ARTICLE_UNREADABLE, f + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    static long bytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.bytes().length).sum();
    }

    Pass run(List<Article> articles, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong mentions = new AtomicLong();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, THREAD_PREFIX + "-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        Article a = articles.get(i);
                        try {
                            Document doc = reader.read(a.fileName(), a.bytes(), ArticleMetadata.NONE, d -> { });
                            mentions.addAndGet(pipeline.analyse(doc).mentions().size());
                        } catch (RuntimeException | StackOverflowError e) {
                            // Rejected input (KgException) or an extractor bug: ingest would skip it too.
                            failures.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.CONFIG_INVALID, "extraction benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "extraction failed in the benchmark: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Pass(articles.size(), bytes(articles), seconds, failures.get(), mentions.get());
    }
}
