package org.conflictkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.store.KgStore;

/**
 * The yardstick for ingest: Jena's own TDB2 parallel bulk loader (what {@code tdb2.tdbloader
 * --loader=parallel} runs), in this process, loading the same quads our ingest wrote, from an
 * N-Quads file, into an empty database. The one class of the bench that touches Jena directly.
 */
final class JenaLoaderBaseline {

    private JenaLoaderBaseline() {
    }

    /** Writes every quad of the store's named graphs to an N-Quads file; returns the quad count. */
    static long dump(KgStore store, Path nquads) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 20)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, nquads + ": cannot write (" + e.getMessage() + ")", e);
        }
        return store.quadCount();
    }

    /** One load: quads loaded and seconds taken, database creation and the final sync included. */
    record Load(long quads, double seconds) {
        double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /**
     * Jena's parallel loader fed straight from extraction (no file in between): for building a big
     * store fast when the transactional writes of ingest would take too long. Graphs are added
     * from one thread; {@link #close} finishes the load and releases the database.
     */
    static final class BulkSink implements AutoCloseable {
        private final DatasetGraph dsg;
        private final DataLoader loader;
        private final org.apache.jena.riot.system.StreamRDF stream;
        private long quads;

        BulkSink(Path dir) {
            this.dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            this.loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            this.stream = loader.stream();
            stream.start();
        }

        void add(String graphIri, org.apache.jena.rdf.model.Model graph) {
            org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
            // Canonical literals, as KgStore writes them: else a later re-ingest of the article
            // cannot delete its decimals ("163"^^xsd:decimal is stored inline and reads back "163.0").
            graph.getGraph().find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(g,
                    t.getSubject(), t.getPredicate(), KgStore.canonical(t.getObject()))));
            quads += graph.size();
        }

        long quads() {
            return quads;
        }

        @Override
        public void close() {
            try {
                stream.finish();
                loader.finishBulk();
            } finally {
                TDBInternal.expel(dsg);
            }
        }
    }

    /** Loads {@code nquads} into a new TDB2 database in {@code dir} (which must not exist yet). */
    static Load load(Path nquads, Path dir) {
        if (Files.exists(dir)) {
            throw new KgException(ErrorCode.CONFIG_INVALID, dir + ": exists; the baseline loads into an empty store");
        }
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long quads = loader.countQuads() + loader.countTriples();
            return new Load(quads, (System.nanoTime() - t0) / 1e9);
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
