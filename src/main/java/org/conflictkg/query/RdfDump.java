package org.conflictkg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Writes every named graph of a dataset to one file, TriG or N-Quads by the file's extension
 * ({@code .trig}, {@code .nq}). Only the stored named graphs are written, never the union view
 * of the default graph, so reading the file back gives the same graphs.
 */
public final class RdfDump {

    private RdfDump() {
    }

    /** The format a file name asks for. */
    public static RDFFormat formatOf(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trig")) {
            return RDFFormat.TRIG_PRETTY;
        } else if (name.endsWith(".nq") || name.endsWith(".nquads")) {
            return RDFFormat.NQUADS;
        }
        throw new KgException(ErrorCode.CONFIG_INVALID, out + ": unknown RDF file type; name it .trig or .nq");
    }

    /** Writes the dataset's named graphs to {@code out}; returns the number of quads written. */
    public static long write(Dataset dataset, Path out) {
        RDFFormat format = formatOf(out);
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.listGraphNodes().forEachRemaining(g -> copy.addGraph(g, copyOf(dsg, g)));
            dataset.getPrefixMapping().getNsPrefixMap().forEach(copy.prefixes()::add);
        });
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                RDFDataMgr.write(os, copy, format);
            }
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, out + ": cannot write (" + e.getMessage()
                    + "); check the directory is writable", e);
        }
        return copy.stream().count();
    }

    private static Graph copyOf(DatasetGraph dsg, Node g) {
        Graph graph = GraphFactory.createDefaultGraph();
        dsg.getGraph(g).find().forEachRemaining(graph::add);
        return graph;
    }
}
