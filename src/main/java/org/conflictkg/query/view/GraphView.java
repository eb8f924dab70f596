package org.conflictkg.query.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The nodes and edges of a constructed view graph, in a stable order, so every writer emits the
 * same elements and the non-RDF formats are deterministic.
 */
public record GraphView(List<Node> nodes, List<Edge> edges) {

    /** A node: its IRI (also its id in every format), label and ontology class local name. */
    public record Node(String id, String label, String type) {
    }

    /**
     * An edge: {@code kind} is the stance, "role" or the decision participation; {@code label}
     * the title for a role, else the kind; {@code weight} articles, {@code evidence} statements.
     */
    public record Edge(String id, String source, String target, String kind, String label, long weight,
            long evidence) {
    }

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Reads the {@code ckgv:} nodes and edges of a view model. */
    public static GraphView of(Model m) {
        List<Node> nodes = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, ViewVocab.Node).forEachRemaining(r -> nodes.add(new Node(r.getURI(),
                string(r, RDFS.label).orElse(localName(r.getURI())), string(r, ViewVocab.nodeType).orElse("Entity"))));
        List<Edge> edges = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, ViewVocab.Edge).forEachRemaining(r -> {
            String kind = string(r, ViewVocab.kind).orElse("related");
            edges.add(new Edge(r.getURI(), uri(r, ViewVocab.source), uri(r, ViewVocab.target), kind,
                    string(r, RDFS.label).orElse(kind), count(r, ViewVocab.weight), count(r, ViewVocab.evidence)));
        });
        nodes.sort(Comparator.comparing(Node::label).thenComparing(Node::id));
        edges.sort(Comparator.comparing(Edge::kind).thenComparing(Edge::source).thenComparing(Edge::target)
                .thenComparing(Edge::label));
        return new GraphView(nodes, edges);
    }

    private static Optional<String> string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? Optional.empty()
                : Optional.of(s.getObject().asLiteral().getLexicalForm());
    }

    private static String uri(Resource r, Property p) {
        RDFNode o = r.getRequiredProperty(p).getObject();
        return o.asResource().getURI();
    }

    private static long count(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? 0 : s.getLong();
    }

    /** A readable fallback label: the last path segment of the IRI. */
    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
