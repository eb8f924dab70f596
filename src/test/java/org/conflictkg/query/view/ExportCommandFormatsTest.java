package org.conflictkg.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --format ... --view ...} through picocli on a store ingested from the five articles. */
class ExportCommandFormatsTest {

    @TempDir
    static Path dir;
    private static Path store;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store");
        Run r = run("ingest", "data/articles", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static Path export(String format, String file, String... more) {
        Path out = dir.resolve(file);
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("export", "--store", store.toString(),
                "--format", format, "--out", out.toString()));
        all.addAll(java.util.List.of(more));
        Run r = run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote "), r.out());
        return out;
    }

    @Test
    void graphFormatsWriteTheNetworkAndSayHowBigItIs() throws Exception {
        Path graphml = export("graphml", "net.graphml");
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        int edges = dbf.newDocumentBuilder().parse(graphml.toFile()).getElementsByTagNameNS(GraphMlWriter.NS, "edge")
                .getLength();
        assertEquals(SeedViews.graph().edges().size(), edges, "the same five articles give the same network");
        JsonNode cy = new ObjectMapper().readTree(export("cytoscape", "net.json").toFile());
        assertEquals(edges, cy.get("elements").get("edges").size());
        assertTrue(Files.readString(export("dot", "net.dot")).startsWith("digraph "));
        JsonNode ld = new ObjectMapper().readTree(export("jsonld", "net.jsonld", "--embed-context").toFile());
        assertTrue(ld.get("@context").isObject());
    }

    @Test
    void aSingleViewKeepsOnlyItsEdges() {
        Model stance = RDFDataMgr.loadModel(export("turtle", "stance.ttl", "--view", "stance").toString());
        Set<String> kinds = GraphView.of(stance).edges().stream().map(GraphView.Edge::kind).collect(Collectors.toSet());
        assertTrue(Set.of("supports", "opposes", "neutral").containsAll(kinds) && kinds.contains("opposes"), kinds.toString());
    }

    @Test
    void datasetFormatsWriteEveryArticleGraph() {
        Dataset trig = RDFDataMgr.loadDataset(export("trig", "all.trig").toString());
        Dataset nq = RDFDataMgr.loadDataset(export("nquads", "all.nq").toString());
        assertEquals(5, trig.asDatasetGraph().size());
        assertEquals(trig.asDatasetGraph().stream().count(), nq.asDatasetGraph().stream().count());
    }

    @Test
    void aFileNameThatContradictsTheFormatAndAnUnknownFormatAreRefused() {
        Run mismatch = run("export", "--store", store.toString(), "--format", "nquads", "--out", dir.resolve("x.trig").toString());
        assertNotEquals(0, mismatch.code());
        assertTrue(mismatch.err().contains(".nq"), mismatch.err());
        Run unknown = run("export", "--store", store.toString(), "--format", "gexf", "--out", dir.resolve("x.gexf").toString());
        assertNotEquals(0, unknown.code());
        assertTrue(unknown.err().contains("graphml"), unknown.err());
    }
}
