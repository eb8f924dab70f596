package org.conflictkg.query.view;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/** The formats a view graph is written in; the RDF ones write the constructed graph itself. */
public enum ViewFormat {
    JSONLD, GRAPHML, CYTOSCAPE, DOT, TURTLE;

    public static ViewFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "unknown view format '" + s
                    + "'; use jsonld, graphml, cytoscape, dot or turtle");
        }
    }

    /** Writes {@code model} (a constructed view); {@code embedContext} matters for JSON-LD only. */
    public void write(Model model, boolean embedContext, OutputStream out) {
        switch (this) {
            case JSONLD -> new JsonLdViewWriter(embedContext).write(model, out);
            case GRAPHML -> new GraphMlWriter().write(GraphView.of(model), out);
            case CYTOSCAPE -> new CytoscapeWriter().write(GraphView.of(model), out);
            case DOT -> new DotWriter().write(GraphView.of(model), out);
            case TURTLE -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        }
    }
}
