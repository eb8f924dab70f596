package org.conflictkg.query.view;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.conflictkg.query.SeedGraph;

/**
 * The network view of the five development articles, built once per JVM, and look-ups by label
 * so tests name people and decisions as the articles do.
 */
final class SeedViews {

    private static Model network;

    private SeedViews() {
    }

    static synchronized Model network() {
        if (network == null) {
            network = View.NETWORK.construct(SeedGraph.store().dataset());
        }
        return network;
    }

    static GraphView graph() {
        return GraphView.of(network());
    }

    /**
     * The decision that lets Ukraine strike inside Russia, found by its participants; several
     * policy nodes may match (one per permitting state), the one most articles state wins.
     */
    static String mainDecision(GraphView g) {
        Set<String> inRussia = g.edges().stream()
                .filter(e -> e.kind().equals("territory") && label(g, e.target()).equals("Russia"))
                .map(GraphView.Edge::source).collect(Collectors.toSet());
        return g.edges().stream()
                .filter(e -> e.kind().equals("permittedActor") && label(g, e.target()).equals("Ukraine")
                        && inRussia.contains(e.source()))
                .max(Comparator.comparingLong(GraphView.Edge::weight)).map(GraphView.Edge::source)
                .orElseThrow(() -> new AssertionError("no decision permitting Ukraine with territory Russia: " + g.edges()));
    }

    static String label(GraphView g, String id) {
        return g.nodes().stream().filter(n -> n.id().equals(id)).map(GraphView.Node::label).findFirst().orElse(id);
    }

    static String idOf(GraphView g, String label) {
        return g.nodes().stream().filter(n -> n.label().equals(label)).map(GraphView.Node::id).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label + " among " + g.nodes()));
    }

    static Optional<GraphView.Edge> edge(GraphView g, String source, String kind, String target) {
        return g.edges().stream()
                .filter(e -> e.source().equals(source) && e.kind().equals(kind) && e.target().equals(target))
                .findFirst();
    }
}
