package org.conflictkg.query;

import java.nio.file.Path;
import java.util.List;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.IngestReport;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;

/**
 * The graph of the five development articles, built once per test JVM by the real ingest path
 * (reader, pipeline, writer, TDB2) and shared read-only by the query tests.
 */
public final class SeedGraph {

    private static KgStore store;

    private SeedGraph() {
    }

    public static synchronized KgStore store() {
        if (store == null) {
            KgStore s = KgStore.scratch();
            IngestReport report = new Ingester(s).ingest(List.of(Path.of("data/articles")), false, IngestListener.NONE);
            if (!report.failures().isEmpty()) {
                throw new IllegalStateException("seed articles failed to ingest: " + report.failures());
            }
            store = s;
        }
        return store;
    }
}
