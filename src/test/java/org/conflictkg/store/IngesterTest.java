package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.rdf.GraphShapes;
import org.conflictkg.rdf.Iris;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of the real development articles, end to end into TDB2. */
class IngesterTest {

    private static final Path ARTICLES = Path.of("data/articles");
    private static final String PREFIXES = "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
            + "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n";
    private static final String SPANS = PREFIXES + "SELECT ?g ?span ?b ?e ?anchor ?text WHERE { GRAPH ?g {"
            + " ?span nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ."
            + " ?ctx nif:isString ?text } }";

    private static ArticlePipeline pipeline;
    /** The development articles, ingested once for the tests that only read. */
    private static KgStore ingested;
    private static IngestReport firstReport;

    @BeforeAll
    static void ingestOnce() {
        pipeline = ArticlePipeline.standard();
        ingested = KgStore.scratch();
        firstReport = ingester(ingested).ingest(List.of(ARTICLES), false, IngestListener.NONE);
    }

    @AfterAll
    static void closeStore() {
        ingested.close();
    }

    private static Ingester ingester(KgStore store) {
        return new Ingester(store, pipeline, 2);
    }

    private static List<QuerySolution> select(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                // Copy each row's nodes inside the transaction: TDB2 decodes them lazily.
                qe.execSelect().forEachRemaining(sol -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    sol.varNames().forEachRemaining(v -> copy.add(v, sol.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    private static long count(KgStore store, String where) {
        return select(store, PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").get(0).getLiteral("n").getLong();
    }

    private static Path copyArticles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(ARTICLES)) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void everySpanInTheStoreCoversItsAnchorInSparqlAndInJava() {
        KgStore store = ingested;
        {
            assertEquals(5, firstReport.ingested(), firstReport::toString);
            List<QuerySolution> spans = select(store, SPANS);
            assertTrue(spans.size() > 100, "expected the mentions' spans, got " + spans.size());
            for (QuerySolution row : spans) {
                String text = row.getLiteral("text").getString();
                int b = row.getLiteral("b").getInt();
                int e = row.getLiteral("e").getInt();
                String cut = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
                assertEquals(row.getLiteral("anchor").getString(), cut, row.getResource("span").getURI());
            }
            long bad = count(store, "GRAPH ?g { ?span nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e ;"
                    + " nif:anchorOf ?anchor . ?ctx nif:isString ?text"
                    + " FILTER (?b > ?e || ?e > STRLEN(?text) || SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor) }");
            assertEquals(0, bad);
            long good = count(store, "GRAPH ?g { ?span nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e ;"
                    + " nif:anchorOf ?anchor . ?ctx nif:isString ?text FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) = ?anchor) }");
            assertEquals(spans.size(), good);
        }
    }

    @Test
    void anAstralCharacterBeforeAQuotationShiftsOffsetsByCodePoints() {
        Document doc = new ArticleReader().read(Path.of("src/test/resources/rdf-store/astral-quote.txt"));
        int utf16 = doc.text().indexOf("Strikes on Russia");
        int utf16End = doc.text().indexOf("red line.") + "red line.".length();
        CharSpan quote = doc.span(utf16, utf16End);
        ArticleAnalysis extracted = pipeline.analyse(doc);
        ArticleAnalysis a = new ArticleAnalysis(doc, extracted.entities(), extracted.mentions(), List.of(),
                List.of(new Quotation(Optional.empty(), Optional.empty(), new Evidence(quote, "test.quote", 1.0))),
                List.of(), List.of(), List.of(), List.of(), List.of());
        try (KgStore store = KgStore.scratch()) {
            store.replaceArticle(doc.id(), new ArticleGraphWriter().write(a, ExtractionRun.start()));
            List<QuerySolution> rows = select(store, PREFIXES + "SELECT ?b ?anchor ?cut WHERE { ?q a ckg:Quotation ;"
                    + " prov:wasDerivedFrom ?s . ?s nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;"
                    + " nif:referenceContext/nif:isString ?t BIND(SUBSTR(?t, ?b + 1, ?e - ?b) AS ?cut) }");
            assertEquals(1, rows.size());
            int begin = rows.get(0).getLiteral("b").getInt();
            assertEquals(doc.text().codePointCount(0, utf16), begin);
            assertNotEquals(utf16, begin, "two astral characters precede the quote: UTF-16 index is 2 more");
            assertEquals("Strikes on Russia are a red line.", rows.get(0).getLiteral("anchor").getString());
            assertEquals(rows.get(0).getLiteral("anchor").getString(), rows.get(0).getLiteral("cut").getString());
            // The pipeline's own mentions after the astral characters are code points too.
            List<QuerySolution> putin = select(store, PREFIXES + "SELECT ?b WHERE { ?m ckg:mentionOf"
                    + " <https://w3id.org/conflict-kg/id/entity/vladimir-putin> ; prov:wasDerivedFrom/nif:beginIndex ?b }");
            assertFalse(putin.isEmpty(), "the lexicon finds Vladimir Putin");
            assertEquals(doc.text().codePointCount(0, doc.text().indexOf("Vladimir Putin")), putin.get(0).getLiteral("b").getInt());
        }
    }

    @Test
    void everyArticleGraphOfTheDevelopmentSetConformsToTheShapes() {
        GraphShapes shapes = GraphShapes.load();
        KgStore store = ingested;
        {
            assertEquals(5, store.articleIds().size());
            for (String id : store.articleIds()) {
                Model graph = Txn.calculateRead(store.dataset(), () ->
                        org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(Iris.graphIri(id))));
                ValidationReport report = shapes.validate(graph.getGraph());
                assertTrue(report.conforms(), () -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    ShLib.printReport(out, report);
                    return id + ":\n" + out;
                });
            }
        }
    }

    @Test
    void ingestingTwiceLeavesTheSameTriplesAndNoDuplicates() {
        try (KgStore store = KgStore.scratch()) {
            Ingester ingester = ingester(store);
            ingester.ingest(List.of(ARTICLES), false, IngestListener.NONE);
            long quads = store.quadCount();
            long statements = count(store, "GRAPH ?g { ?s a ckg:Statement }");
            IngestReport second = ingester.ingest(List.of(ARTICLES), false, IngestListener.NONE);
            assertEquals(5, second.ingested());
            assertEquals(quads, store.quadCount());
            assertEquals(statements, count(store, "GRAPH ?g { ?s a ckg:Statement }"));
            assertEquals(5, count(store, "GRAPH ?g { ?r a ckg:ExtractionRun }"), "one run per article graph, the old one gone");
            assertEquals(0, count(store, "GRAPH ?g { ?s a ckg:Statement ; prov:wasDerivedFrom ?a, ?b FILTER (?a != ?b) }"));
        }
    }

    @Test
    void reingestingAChangedArticleReplacesItsFacts(@TempDir Path dir) throws Exception {
        copyArticles(dir);
        try (KgStore store = KgStore.scratch()) {
            Ingester ingester = ingester(store);
            ingester.ingest(List.of(dir), false, IngestListener.NONE);
            String id = "004_1864db7bca409249";
            String graph = "<" + Iris.graphIri(id) + ">";
            long otherGraphs = count(store, "GRAPH ?g { ?s ?p ?o FILTER (?g != " + graph + ") }");
            Path file = dir.resolve(id + ".txt");
            String text = Files.readString(file);
            String shortened = text.substring(0, text.indexOf('\n', 100)); // the first paragraph
            Files.writeString(file, shortened);
            long before = count(store, "GRAPH " + graph + " { ?s a ckg:Statement }");

            IngestReport report = ingester.ingest(List.of(dir), true, IngestListener.NONE);
            assertEquals(1, report.ingested(), report::toString);
            assertEquals(4, report.skipped());
            int length = shortened.codePointCount(0, shortened.length());
            assertEquals(0, count(store, "GRAPH " + graph + " { ?s nif:endIndex ?e FILTER (?e > " + length + ") }"),
                    "no span may point past the new text");
            assertTrue(count(store, "GRAPH " + graph + " { ?s a ckg:Statement }") < before);
            assertEquals(1, count(store, "GRAPH " + graph + " { ?a nif:isString ?t }"));
            assertEquals(0, count(store, "GRAPH " + graph + " { ?s ?p ?o FILTER NOT EXISTS { ?s a ckg:Statement }"
                    + " FILTER STRSTARTS(STR(?s), \"https://w3id.org/conflict-kg/id/statement/\") }"),
                    "no triple of an old statement may survive the replace");
            assertEquals(otherGraphs, count(store, "GRAPH ?g { ?s ?p ?o FILTER (?g != " + graph + ") }"));
        }
    }

    @Test
    void unchangedArticlesAreSkippedWhenAsked() {
        try (KgStore store = KgStore.scratch()) {
            Ingester ingester = ingester(store);
            ingester.ingest(List.of(ARTICLES), true, IngestListener.NONE);
            long quads = store.quadCount();
            List<String> events = new ArrayList<>();
            IngestReport again = ingester.ingest(List.of(ARTICLES), true, new IngestListener() {
                @Override
                public void skipped(int index, int files, Path file, String articleId) {
                    events.add(index + "/" + files + " " + articleId);
                }
            });
            assertEquals(5, again.skipped());
            assertEquals(0, again.ingested());
            assertEquals(quads, store.quadCount());
            assertEquals("1/5 000_1d5f898ef470540a", events.get(0));
            assertEquals(5, events.size());
        }
    }

    @Test
    void aBrokenArticleIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        copyArticles(dir);
        Path broken = dir.resolve("002a_broken.txt");
        Files.write(broken, new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, '\n'});
        try (KgStore store = KgStore.scratch()) {
            List<String> failed = new ArrayList<>();
            Set<String> ingested = new TreeSet<>();
            IngestReport report = ingester(store).ingest(List.of(dir), false, new IngestListener() {
                @Override
                public void ingested(int index, int files, Path file, String articleId, long triples) {
                    ingested.add(articleId);
                }

                @Override
                public void failed(int index, int files, Path file, String message) {
                    failed.add(index + ":" + file.getFileName());
                }
            });
            assertEquals(6, report.files());
            assertEquals(5, report.ingested());
            assertEquals(1, report.failed());
            assertEquals(broken, report.failures().get(0).file());
            assertTrue(report.failures().get(0).message().contains("002a_broken.txt"), report.failures().get(0).message());
            assertTrue(report.failures().get(0).message().contains("UTF-8"), report.failures().get(0).message());
            assertEquals(List.of("4:002a_broken.txt"), failed);
            assertEquals(5, ingested.size());
            assertFalse(store.articleIds().contains("002a_broken"), "nothing of the broken article is stored");
        }
    }

    @Test
    void aMissingPathIsAFailureNotACrash(@TempDir Path dir) {
        try (KgStore store = KgStore.scratch()) {
            IngestReport report = ingester(store).ingest(List.of(dir.resolve("nope")), false, IngestListener.NONE);
            assertEquals(0, report.files());
            assertEquals(1, report.failed());
            assertTrue(report.failures().get(0).message().contains("no such file"));
        }
    }
}
