package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingester writes on its own thread while the next batch is extracted. Over more than two
 * write transactions: progress still comes on the calling thread, in file order, and only for
 * articles already committed; and the store ends up exactly as writing each article's graph
 * by itself would leave it.
 */
class OverlappedWriterTest {

    private static final int ARTICLES = 140; // three write transactions of at most 64 articles

    @Test
    void progressFollowsTheCommitsInFileOrderAndTheStoreIsWhatOneArticleAtATimeWrites(@TempDir Path tmp)
            throws Exception {
        List<Path> files = GeneratedCorpus.write(tmp.resolve("corpus"), ARTICLES, 20261202L);
        Thread caller = Thread.currentThread();
        List<Integer> order = new ArrayList<>();
        List<String> notCommitted = new ArrayList<>();
        List<String> otherThread = new ArrayList<>();
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            IngestReport report = new Ingester(store, ArticlePipeline.standard(), 2).ingest(files, false,
                    new IngestListener() {
                        @Override
                        public void ingested(int index, int total, Path file, String articleId, long triples) {
                            order.add(index);
                            if (store.contentHash(articleId).isEmpty()) {
                                notCommitted.add(articleId);
                            }
                            if (Thread.currentThread() != caller) {
                                otherThread.add(articleId);
                            }
                        }
                    });
            assertTrue(report.ok(), report.toString());
            assertEquals(ARTICLES, report.ingested());
            assertEquals(List.of(), notCommitted, "reported only after its transaction committed");
            assertEquals(List.of(), otherThread, "reported on the calling thread");
            List<Integer> sorted = new ArrayList<>(order);
            sorted.sort(null);
            assertEquals(sorted, order, "in file order");
            assertEquals(ARTICLES, order.size());

            Map<String, Long> expected = oneAtATime(files);
            assertEquals(expected, IngestCrashSafetyTest.graphCounts(store));
            assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), report.triplesWritten(),
                    "the report counts what was written");
        }
    }

    private static Map<String, Long> oneAtATime(List<Path> files) {
        ArticlePipeline pipeline = ArticlePipeline.standard();
        ArticleGraphWriter writer = new ArticleGraphWriter();
        ExtractionRun run = ExtractionRun.start();
        try (KgStore store = KgStore.scratch()) {
            for (Path f : files) {
                Document doc = new ArticleReader().read(f);
                Model graph = writer.write(pipeline.analyse(doc), run);
                store.replaceArticle(doc.id(), graph);
            }
            return new TreeMap<>(IngestCrashSafetyTest.graphCounts(store));
        }
    }
}
