package org.conflictkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.Iris;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph store: a TDB2 dataset holding one named graph per article. Its default
 * graph is the union of the article graphs (TDB2's union-default-graph switch in the dataset's
 * context), which is what the server and the queries see. Every change to an article happens in
 * one write transaction, so a reader sees an article's old graph or its new one, never a mix.
 */
public final class KgStore implements AutoCloseable {

    private static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final Node CONTENT_HASH = Ckg.contentHash.asNode();

    private final Dataset dataset;
    private final Optional<Path> dir;
    /** A directory this store made for itself and deletes when closed. */
    private final Optional<Path> owned;

    private KgStore(Dataset dataset, Optional<Path> dir, Optional<Path> owned) {
        this.dataset = dataset;
        this.dir = dir;
        this.owned = owned;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 database in a directory. */
    public static KgStore open(Path dir) {
        return open(dir, Optional.empty());
    }

    private static KgStore open(Path dir, Optional<Path> owned) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new KgException(ErrorCode.STORE_FAILURE, dir + ": is a file, not a store directory; "
                    + "give a directory (it is created if missing)");
        }
        try {
            Files.createDirectories(dir);
            return new KgStore(TDB2Factory.connectDataset(dir.toString()), Optional.of(dir), owned);
        } catch (Exception e) {
            throw new KgException(ErrorCode.STORE_FAILURE, dir + ": cannot open the TDB2 store (" + e.getMessage()
                    + "); check the directory is writable, holds a TDB2 database, and that no other "
                    + "process (e.g. a running 'serve') has it open", e);
        }
    }

    /**
     * A throw-away store, deleted when closed: for eval, extract and tests. It is an on-disk TDB2
     * database in a new temporary directory, not TDB2's in-memory mode: in Jena 5.6.0 the
     * in-memory block cache hands one ByteBuffer to every thread reading a cached index block and
     * the B+tree code moves its position without a lock, so concurrent readers (a served store)
     * can decode wrong records and a concurrent writer can copy them into the index
     * (src/test/java/org/conflictkg/store/Tdb2BlockBufferSharingTest.java shows the sharing).
     * On disk, every read slices its own buffer.
     */
    public static KgStore scratch() {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("conflict-kg-scratch-");
        } catch (java.io.IOException e) {
            throw new KgException(ErrorCode.STORE_FAILURE, "cannot create a scratch store in "
                    + System.getProperty("java.io.tmpdir") + " (" + e.getMessage()
                    + "); set -Djava.io.tmpdir to a writable directory", e);
        }
        return open(tmp, Optional.of(tmp));
    }

    /** The dataset, for the server and queries; its default graph is the union of article graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** Replaces an article's named graph with {@code graph}, in one write transaction. */
    public void replaceArticle(String articleId, Model graph) {
        replaceArticles(Map.of(articleId, graph));
    }

    /** Replaces several articles' graphs in one write transaction: all of them or none. */
    public void replaceArticles(Map<String, Model> graphs) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        write(() -> graphs.forEach((id, model) -> {
            Node g = graphNode(id);
            dropGraph(dsg, g);
            Graph src = model.getGraph();
            for (Iterator<Triple> it = src.find(); it.hasNext(); ) {
                Triple t = it.next();
                dsg.add(g, t.getSubject(), t.getPredicate(), canonical(t.getObject()));
            }
        }), "replace " + graphs.keySet());
    }

    /** Removes an article's graph; nothing happens if the store does not hold it. */
    public void removeArticle(String articleId) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        write(() -> dropGraph(dsg, graphNode(articleId)), "remove " + articleId);
    }

    /**
     * Deletes a graph and checks it is gone: TDB2 cannot delete a quad whose literal does not
     * survive its inline encoding (it reads "306"^^xsd:decimal back as "306.0"), and a leftover
     * would silently keep stale facts. Failing aborts the transaction instead.
     */
    private static void dropGraph(DatasetGraph dsg, Node g) {
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Quad> left = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        if (left.hasNext()) {
            throw new IllegalStateException("TDB2 could not delete " + left.next() + " from " + g.getURI()
                    + "; the store holds a literal it cannot delete: rebuild it with 'ingest' into a new directory");
        }
    }

    /** The content hash recorded for an article when it was last ingested. */
    public Optional<String> contentHash(String articleId) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node article = NodeFactory.createURI(Iris.articleIri(articleId));
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> it = dsg.find(graphNode(articleId), article, CONTENT_HASH, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** Every article's content hash, by article id, read in one transaction. */
    public Map<String, String> contentHashes() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> out = new TreeMap<>();
            dsg.find(Node.ANY, Node.ANY, CONTENT_HASH, Node.ANY).forEachRemaining(q ->
                    Iris.articleIdOfGraph(q.getGraph().getURI()).ifPresent(id ->
                            out.put(id, q.getObject().getLiteralLexicalForm())));
            return out;
        });
    }

    /** The ids of the articles the store holds, sorted. */
    public Set<String> articleIds() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dataset, () -> {
            Set<String> ids = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI()) {
                    Iris.articleIdOfGraph(g.getURI()).ifPresent(ids::add);
                }
            });
            return ids;
        });
    }

    /** Quads in all named graphs (the stored default graph is kept empty). */
    public long quadCount() {
        // COUNT(*) in SPARQL runs on TDB2's node ids; iterating find() would decode every node,
        // which made each ingest report cost seconds on a store of millions of quads.
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(COUNT_QUADS).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Override
    public void close() {
        // Expel, not just close: releases the directory lock and the file handles so another
        // process (or a later open in this JVM) gets a fresh, consistent view.
        TDBInternal.expel(dataset.asDatasetGraph());
        owned.ifPresent(KgStore::deleteTree);
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(KgStore.class).warn("could not delete the scratch store {}: {}", root, e.toString());
        }
    }

    private void write(Runnable action, String what) {
        try {
            Txn.executeWrite(dataset, action);
        } catch (RuntimeException e) {
            throw new KgException(ErrorCode.STORE_FAILURE, where() + ": cannot " + what + " (" + e.getMessage()
                    + "); the store was left as it was before the change", e);
        }
    }

    private String where() {
        return dir.map(Path::toString).orElse("in-memory store");
    }

    /**
     * Literals in their canonical lexical form ({@code "500"^^xsd:decimal} becomes {@code "500.0"}):
     * TDB2 stores such values inline and reads them back canonical, and its pattern delete
     * ({@code deleteAny}, used to drop an old graph) then misses quads added with another lexical
     * form, leaving them behind in a graph that was meant to be replaced. The value is unchanged.
     * Public for writers that bypass this class (a bulk loader): they must store the same forms.
     */
    public static Node canonical(Node object) {
        return object.isLiteral() ? CanonicalizeLiteral.get().apply(object) : object;
    }

    private static Node graphNode(String articleId) {
        return NodeFactory.createURI(Iris.graphIri(articleId));
    }
}
