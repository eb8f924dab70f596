package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.ContentHash;
import org.conflictkg.rdf.Iris;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.Ingester;
import org.conflictkg.text.ArticleReader;

/**
 * Re-ingest visibility: an edited version of one stored article is ingested into the store the
 * server is serving, while a client polls the SPARQL endpoint for the new text's content hash in
 * the article's graph. The figure is the time from the start of the ingest call to the first
 * answer that sees the new graph: read, extract, replace and commit, plus the poll's own latency.
 */
final class ReingestBench {

    /** One re-ingest: milliseconds until the ingest call returned and until a query saw it. */
    record Result(double committedMillis, double visibleMillis) {
    }

    private final Ingester ingester;
    private final SparqlHttp http;

    ReingestBench(Ingester ingester, SparqlHttp http) {
        this.ingester = ingester;
        this.http = http;
    }

    /**
     * Ingests {@code original} (untimed, so the store holds it as the ingester writes it), then
     * re-ingests revision {@code revision} of it, timed.
     */
    Result run(Path original, Path scratchDir, int revision) throws InterruptedException {
        var first = ingester.ingest(List.of(original), false, IngestListener.NONE);
        if (!first.ok() || first.ingested() != 1) {
            throw new KgException(ErrorCode.STORE_FAILURE, "ingest of " + original + " failed: " + first.failures());
        }
        String text = new ArticleReader().read(original, d -> { }).text()
                + "\nCorrection (revision " + revision + "): an earlier version of this article misstated a figure.\n";
        Path edited = scratchDir.resolve(original.getFileName());
        try {
            Files.createDirectories(scratchDir);
            Files.writeString(edited, text);
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, edited + ": cannot write (" + e.getMessage() + ")", e);
        }
        String id = ArticleReader.articleId(original.getFileName().toString());
        String ask = "ASK { GRAPH <" + Iris.graphIri(id) + "> { <" + Iris.articleIri(id) + "> <" + Ckg.contentHash.getURI()
                + "> " + BenchQueries.literal(ContentHash.of(text)) + " } }";
        AtomicLong seenAt = new AtomicLong();
        Thread poller = new Thread(() -> {
            while (seenAt.get() == 0 && !Thread.currentThread().isInterrupted()) {
                try {
                    if (http.ask(ask)) {
                        seenAt.compareAndSet(0, System.nanoTime());
                    } else {
                        // A short pause keeps the poller from taking a core from the ingest it waits for.
                        Thread.sleep(2);
                    }
                } catch (KgException | InterruptedException e) {
                    return;
                }
            }
        }, "bench-poller");
        poller.setDaemon(true);
        long start = System.nanoTime();
        poller.start();
        var report = ingester.ingest(List.of(edited), false, IngestListener.NONE);
        long committed = System.nanoTime();
        if (!report.ok() || report.ingested() != 1) {
            poller.interrupt();
            throw new KgException(ErrorCode.STORE_FAILURE, "re-ingest of " + edited + " failed: " + report.failures());
        }
        poller.join(30_000);
        poller.interrupt();
        if (seenAt.get() == 0) {
            throw new KgException(ErrorCode.STORE_FAILURE, "the re-ingested article " + id + " was not visible to"
                    + " queries within 30 s of its commit");
        }
        return new Result((committed - start) / 1e6, (seenAt.get() - start) / 1e6);
    }
}
