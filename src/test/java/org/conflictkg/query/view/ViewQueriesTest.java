package org.conflictkg.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The view CONSTRUCT queries on the five development articles, read as the analysts' files. */
class ViewQueriesTest {

    @Test
    void theExporterRunsExactlyTheFilesOfQueriesViews() throws IOException {
        for (View v : View.values()) {
            for (String f : v.files()) {
                String shipped = View.text(f);
                assertEquals(Files.readString(Path.of("queries/views", f)), shipped, f);
                assertTrue(shipped.startsWith("# ") && shipped.contains("# Parameters") && shipped.contains("# Columns"), f);
                assertTrue(QueryFactory.create(shipped).isConstructType(), f + " is a CONSTRUCT");
            }
        }
    }

    @Test
    void putinOpposesTheDecisionToLetUkraineStrikeRussiaInAtLeastThreeArticles() {
        GraphView g = SeedViews.graph();
        String decision = SeedViews.mainDecision(g);
        GraphView.Edge e = SeedViews.edge(g, SeedViews.idOf(g, "Vladimir Putin"), "opposes", decision)
                .orElseThrow(() -> new AssertionError("no opposes edge from Putin: " + g.edges()));
        assertTrue(e.weight() >= 3, "articles: " + e);
        assertTrue(e.evidence() >= e.weight(), "at least one statement per article: " + e);
    }

    @Test
    void sikorskiSupportsTheDecisionInTwoArticles() {
        GraphView g = SeedViews.graph();
        GraphView.Edge e = SeedViews.edge(g, SeedViews.idOf(g, "Radosław Sikorski"), "supports", SeedViews.mainDecision(g))
                .orElseThrow(() -> new AssertionError("no supports edge from Sikorski: " + g.edges()));
        assertEquals(2, e.weight(), e.toString());
    }

    @Test
    void peskovHoldsARoleInTheKremlinAndItsTitleLabelsTheEdge() {
        GraphView g = SeedViews.graph();
        String peskov = SeedViews.idOf(g, "Dmitry Peskov");
        Set<String> titles = g.edges().stream()
                .filter(e -> e.kind().equals("role") && e.source().equals(peskov)
                        && SeedViews.label(g, e.target()).equals("Kremlin"))
                .map(GraphView.Edge::label).collect(Collectors.toSet());
        assertTrue(titles.stream().anyMatch(t -> t.toLowerCase().contains("spokes")), "titles: " + titles);
    }

    @Test
    void nodesAreTypedActorsAndDecisionsAndEveryEdgeEndsAtANode() {
        GraphView g = SeedViews.graph();
        Set<String> ids = g.nodes().stream().map(GraphView.Node::id).collect(Collectors.toSet());
        Set<String> types = g.nodes().stream().map(GraphView.Node::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("Person", "Organization", "Country", "Policy")), "types: " + types);
        assertEquals("Policy", g.nodes().stream().filter(n -> n.id().equals(SeedViews.mainDecision(g)))
                .findFirst().orElseThrow().type());
        for (GraphView.Edge e : g.edges()) {
            assertTrue(ids.contains(e.source()) && ids.contains(e.target()), "dangling: " + e);
            assertTrue(e.weight() >= 1 && e.evidence() >= 1, "counted: " + e);
        }
        assertEquals(Set.of("supports", "opposes", "role", "decider", "permittedActor", "territory"),
                g.edges().stream().map(GraphView.Edge::kind).filter(k -> !k.equals("neutral"))
                        .collect(Collectors.toSet()));
    }
}
