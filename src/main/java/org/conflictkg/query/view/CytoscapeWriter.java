package org.conflictkg.query.view;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Cytoscape.js elements JSON ({@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}}),
 * streamed with Jackson: node data id/label/type, edge data id/source/target/kind/label/weight/evidence.
 */
public final class CytoscapeWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    public void write(GraphView view, OutputStream out) {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("elements");
            g.writeArrayFieldStart("nodes");
            for (GraphView.Node n : view.nodes()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                g.writeStringField("id", n.id());
                g.writeStringField("label", n.label());
                g.writeStringField("type", n.type());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (GraphView.Edge e : view.edges()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                g.writeStringField("id", e.id());
                g.writeStringField("source", e.source());
                g.writeStringField("target", e.target());
                g.writeStringField("kind", e.kind());
                g.writeStringField("label", e.label());
                g.writeNumberField("weight", e.weight());
                g.writeNumberField("evidence", e.evidence());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "cannot write Cytoscape JSON (" + e.getMessage() + ")", e);
        }
    }
}
