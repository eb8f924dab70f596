package org.conflictkg.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views on two hand-written article graphs (src/test/resources/viz/two-articles.trig) with
 * what the seed articles lack: a weapon system in a decision, several statements per article,
 * a label with quotes, a backslash and a line break.
 */
class HandWrittenGraphViewTest {

    private static final String ID = "https://w3id.org/conflict-kg/id/";
    private static GraphView view;
    private static String dot;

    @BeforeAll
    static void build() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "src/test/resources/viz/two-articles.trig"));
        var model = View.NETWORK.construct(ds);
        view = GraphView.of(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ViewFormat.DOT.write(model, false, out);
        dot = out.toString(StandardCharsets.UTF_8);
    }

    private static GraphView.Edge edge(String source, String kind, String target) {
        return SeedViews.edge(view, ID + source, kind, ID + target)
                .orElseThrow(() -> new AssertionError(kind + " edge " + source + " -> " + target + " in " + view.edges()));
    }

    @Test
    void theWeaponIsANodeTheDecisionConcernsInBothArticles() {
        GraphView.Edge e = edge("policy/p1", "concernsWeapon", "entity/atacms");
        assertEquals(2, e.weight());
        assertEquals(3, e.evidence(), "one policy statement in a, two in b");
        assertEquals("WeaponSystem", view.nodes().stream().filter(n -> n.id().equals(ID + "entity/atacms")).findFirst()
                .orElseThrow().type());
        assertEquals(1, edge("policy/p1", "decider", "entity/usa").weight(), "only article a names the decider");
    }

    @Test
    void stanceEvidenceCountsStatementsAndWeightCountsArticles() {
        GraphView.Edge e = edge("entity/speaker", "opposes", "policy/p1");
        assertEquals(2, e.weight());
        assertEquals(3, e.evidence());
    }

    @Test
    void aCountryThatIsAlsoAPlaceIsACountryAndTheDecisionTakesItsFirstLabel() {
        assertEquals("Country", view.nodes().stream().filter(n -> n.id().equals(ID + "entity/usa")).findFirst()
                .orElseThrow().type());
        assertEquals("allow strikes with ATACMS", SeedViews.label(view, ID + "policy/p1"));
        assertEquals(1, view.nodes().stream().filter(n -> n.id().equals(ID + "policy/p1")).count());
    }

    @Test
    void dotEscapesTheQuotesBackslashAndLineBreakOfALabel() {
        assertTrue(dot.contains("[label=\"Ann \\\"the voice\\\" O\\\\Neil\\nspokesperson\""), dot);
        assertTrue(dot.lines().noneMatch(l -> l.equals("spokesperson\"")), "no raw line break inside a label");
    }
}
