package org.conflictkg.rdf;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The SHACL shapes of an article graph ({@code ontology/shapes.ttl}, shipped in the jar) and
 * validation against them. Validate one article graph at a time: each stands alone.
 */
public final class GraphShapes {

    public static final String RESOURCE = "/ontology/shapes.ttl";

    private final Shapes shapes;

    private GraphShapes(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes shipped with the software. */
    public static GraphShapes load() {
        try (InputStream in = GraphShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, RESOURCE + " is missing from the classpath; rebuild the jar");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new GraphShapes(Shapes.parse(g));
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof KgException k) {
                throw k;
            }
            throw new KgException(ErrorCode.DATA_FILE_INVALID, RESOURCE + ": cannot read the shapes (" + e.getMessage() + ")", e);
        }
    }

    public ValidationReport validate(Graph articleGraph) {
        return ShaclValidator.get().validate(shapes, articleGraph);
    }
}
