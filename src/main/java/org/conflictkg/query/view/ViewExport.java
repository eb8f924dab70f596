package org.conflictkg.query.view;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/** Builds a view of a dataset and writes it to a file: the entry point of {@code export --format}. */
public final class ViewExport {

    /** What was written, for the command's one-line report. */
    public record Summary(int nodes, int edges) {
    }

    private ViewExport() {
    }

    public static Summary write(Dataset dataset, View view, ViewFormat format, boolean embedContext, Path out) {
        Model m = view.construct(dataset);
        GraphView g = GraphView.of(m);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                format.write(m, embedContext, os);
            }
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, out + ": cannot write (" + e.getMessage()
                    + "); check the directory is writable", e);
        }
        return new Summary(g.nodes().size(), g.edges().size());
    }
}
