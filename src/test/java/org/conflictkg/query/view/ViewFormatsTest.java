package org.conflictkg.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each export format of the network view parsed back with a real parser (XML DOM, JSON-LD
 * processors of Jena and RDF4J, Jackson, Graphviz when installed) and checked against the
 * five articles: Putin opposes the main decision in >= 3 articles, Sikorski supports it in 2.
 */
class ViewFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] written(ViewFormat f, boolean embed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(SeedViews.network(), embed, out);
        return out.toByteArray();
    }

    @Test
    void graphMlDeclaresItsKeysAndCarriesThePutinAndSikorskiEdges() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        org.w3c.dom.Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(written(ViewFormat.GRAPHML, false)));
        String ns = GraphMlWriter.NS;
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyNames.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("id"));
        }
        assertTrue(keyNames.keySet().containsAll(java.util.Set.of("node:label", "node:type", "edge:label",
                "edge:kind", "edge:weight", "edge:evidence")), keyNames.toString());
        Map<String, String> labels = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            labels.put(n.getAttribute("id"), data(n, keyNames.get("node:label")));
        }
        GraphView g = SeedViews.graph();
        String decision = SeedViews.mainDecision(g);
        int putin = -1;
        int sikorski = -1;
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(labels.containsKey(e.getAttribute("source")) && labels.containsKey(e.getAttribute("target")));
            if (!e.getAttribute("target").equals(decision)) {
                continue;
            }
            String who = labels.get(e.getAttribute("source"));
            String kind = data(e, keyNames.get("edge:kind"));
            int weight = Integer.parseInt(data(e, keyNames.get("edge:weight")));
            if (who.equals("Vladimir Putin") && kind.equals("opposes")) {
                putin = weight;
            } else if (who.equals("Radosław Sikorski") && kind.equals("supports")) {
                sikorski = weight;
            }
        }
        assertTrue(putin >= 3, "Putin opposes in " + putin);
        assertEquals(2, sikorski);
        assertEquals(g.edges().size(), edges.getLength());
    }

    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS(GraphMlWriter.NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        throw new AssertionError("no data " + key + " on " + owner.getAttribute("id"));
    }

    @Test
    void jsonLdWithTheReferencedContextReadsBackToTheSameRdfInJenaAndRdf4j() throws Exception {
        byte[] doc = written(ViewFormat.JSONLD, false);
        JsonNode root = JSON.readTree(doc);
        assertEquals(JsonLdContext.URL, root.get("@context").asText());
        assertIsomorphicInBothProcessors(doc);
    }

    @Test
    void jsonLdWithTheEmbeddedContextReadsBackToTheSameRdfInJenaAndRdf4j() throws Exception {
        byte[] doc = written(ViewFormat.JSONLD, true);
        JsonNode root = JSON.readTree(doc);
        assertTrue(root.get("@context").isObject());
        assertEquals("ckgv:weight", root.get("@context").get("weight").get("@id").asText());
        assertIsomorphicInBothProcessors(doc);
    }

    @Test
    void thePublishedContextFileIsTheOneTheWriterUses() throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of("ontology/context.jsonld")));
        assertEquals(file, JSON.readTree(JsonLdContext.document().toString()));
    }

    private static void assertIsomorphicInBothProcessors(byte[] doc) throws Exception {
        Model expected = SeedViews.network();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(JsonLdContext.loader());
        Context ctx = new Context();
        ctx.set(LangJSONLD11.JSONLD_OPTIONS, options);
        Model jena = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(doc)).lang(Lang.JSONLD).context(ctx).parse(jena);
        assertEquals(expected.size(), jena.size());
        assertTrue(expected.isIsomorphicWith(jena), "Jena reads the JSON-LD back to the CONSTRUCT result");

        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, expected, Lang.NTRIPLES);
        org.eclipse.rdf4j.model.Model reference = Rio.parse(new ByteArrayInputStream(nt.toByteArray()), "", RDFFormat.NTRIPLES);
        ParserConfig config = new ParserConfig();
        config.set(JSONLDSettings.DOCUMENT_LOADER, (url, opts) -> {
            assertEquals(JsonLdContext.URL, url.toString(), "only the published context is loaded");
            no.hasmac.jsonld.document.JsonDocument d = no.hasmac.jsonld.document.JsonDocument.of(JsonLdContext.document());
            d.setDocumentUrl(url);
            return d;
        });
        org.eclipse.rdf4j.model.Model rio = Rio.parse(new StringReader(new String(doc, StandardCharsets.UTF_8)), "",
                RDFFormat.JSONLD, config, org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance(),
                new org.eclipse.rdf4j.rio.helpers.ParseErrorLogger());
        assertEquals(reference.size(), rio.size());
        assertTrue(Models.isomorphic(reference, rio), "RDF4J Rio reads the JSON-LD back to the CONSTRUCT result");
    }

    @Test
    void cytoscapeJsonHasNodeAndEdgeDataWithWeightsAndEvidence() throws Exception {
        JsonNode elements = JSON.readTree(written(ViewFormat.CYTOSCAPE, false)).get("elements");
        Map<String, String> labels = new HashMap<>();
        for (JsonNode n : elements.get("nodes")) {
            JsonNode d = n.get("data");
            assertTrue(d.hasNonNull("type"), d.toString());
            labels.put(d.get("id").asText(), d.get("label").asText());
        }
        String decision = SeedViews.mainDecision(SeedViews.graph());
        int peskovKremlin = 0;
        JsonNode putin = null;
        for (JsonNode e : elements.get("edges")) {
            JsonNode d = e.get("data");
            String from = labels.get(d.get("source").asText());
            String to = labels.get(d.get("target").asText());
            assertTrue(from != null && to != null && d.get("weight").isIntegralNumber() && d.get("evidence").asInt() >= 1,
                    d.toString());
            if (from.equals("Vladimir Putin") && d.get("kind").asText().equals("opposes")
                    && d.get("target").asText().equals(decision)) {
                putin = d;
            }
            if (from.equals("Dmitry Peskov") && to.equals("Kremlin") && d.get("kind").asText().equals("role")) {
                peskovKremlin++;
            }
        }
        assertTrue(putin != null && putin.get("weight").asInt() >= 3, String.valueOf(putin));
        assertEquals(1, peskovKremlin);
    }

    /** {@code "a" -> "b" [ ... kind="opposes", weight=3 ...]} as the writer lays edges out. */
    private static final Pattern DOT_EDGE = Pattern.compile(
            "^\\s*\"((?:[^\"\\\\]|\\\\.)*)\" -> \"((?:[^\"\\\\]|\\\\.)*)\" \\[(.*)\\];$", Pattern.MULTILINE);
    private static final Pattern DOT_NODE = Pattern.compile(
            "^\\s*\"((?:[^\"\\\\]|\\\\.)*)\" \\[label=\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);

    @Test
    void dotIsAWellFormedDigraphWithTheStanceEdges(@TempDir Path tmp) throws Exception {
        String dot = new String(written(ViewFormat.DOT, false), StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph ") && dot.strip().endsWith("}"));
        Map<String, String> labels = new HashMap<>();
        Matcher n = DOT_NODE.matcher(dot);
        while (n.find()) {
            labels.put(n.group(1), n.group(2));
        }
        GraphView g = SeedViews.graph();
        assertEquals(g.nodes().size(), labels.size());
        String decision = SeedViews.mainDecision(g);
        Matcher e = DOT_EDGE.matcher(dot);
        int edges = 0;
        boolean sikorski = false;
        while (e.find()) {
            edges++;
            assertTrue(labels.containsKey(e.group(1)) && labels.containsKey(e.group(2)), e.group());
            if (labels.get(e.group(1)).equals("Radosław Sikorski") && e.group(2).equals(decision)) {
                sikorski = e.group(3).contains("kind=\"supports\"") && e.group(3).contains("weight=2,");
            }
        }
        assertEquals(g.edges().size(), edges);
        assertTrue(sikorski, "Sikorski supports the decision in 2 articles");
        runGraphvizIfInstalled(tmp, dot);
    }

    private static void runGraphvizIfInstalled(Path tmp, String dot) throws Exception {
        boolean installed;
        try {
            installed = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (java.io.IOException missing) {
            installed = false;
        }
        Assumptions.assumeTrue(installed, "Graphviz 'dot' is not installed: the DOT output was checked structurally only");
        Path in = Files.writeString(tmp.resolve("view.dot"), dot);
        Path svg = tmp.resolve("view.svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), in.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.readString(svg).contains("Vladimir Putin"));
    }

    @Test
    void dotQuotingEscapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"say \\\"no\\\" \\\\ twice\\nthen\"", DotWriter.quote("say \"no\" \\ twice\r\nthen"));
        Matcher m = DOT_NODE.matcher("  " + DotWriter.quote("a\"b") + " [label=" + DotWriter.quote("x\\\"y") + "];");
        assertTrue(m.find());
        assertEquals("x\\\\\\\"y", m.group(2));
    }
}
