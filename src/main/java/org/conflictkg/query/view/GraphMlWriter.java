package org.conflictkg.query.view;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * GraphML (read by Gephi, Cytoscape desktop and yEd), written with StAX: declared keys for the
 * node label and type and for the edge label, kind, weight and evidence, directed edges.
 */
public final class GraphMlWriter {

    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    public void write(GraphView view, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "label", "node", "label", "string");
            key(x, "type", "node", "type", "string");
            key(x, "elabel", "edge", "label", "string");
            key(x, "kind", "edge", "kind", "string");
            key(x, "weight", "edge", "weight", "int");
            key(x, "evidence", "edge", "evidence", "int");
            x.writeStartElement("graph");
            x.writeAttribute("id", "conflict-kg");
            x.writeAttribute("edgedefault", "directed");
            for (GraphView.Node n : view.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.id());
                data(x, "label", n.label());
                data(x, "type", n.type());
                x.writeEndElement();
            }
            for (GraphView.Edge e : view.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", e.id());
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                data(x, "elabel", e.label());
                data(x, "kind", e.kind());
                data(x, "weight", Long.toString(e.weight()));
                data(x, "evidence", Long.toString(e.evidence()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "cannot write GraphML (" + e.getMessage() + ")", e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name, String type)
            throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
