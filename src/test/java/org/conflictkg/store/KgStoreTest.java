package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.ContentHash;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.rdf.Iris;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {

    private static final ExtractionRun RUN = ExtractionRun.start();
    private final ArticleGraphWriter writer = new ArticleGraphWriter();

    private Model graphOf(String id, String text) {
        Document doc = Document.of(id, text);
        return writer.write(new ArticleAnalysis(doc, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of()), RUN);
    }

    private static long count(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void theDefaultGraphIsTheUnionOfArticleGraphs() {
        try (KgStore store = KgStore.scratch()) {
            store.replaceArticle("a", graphOf("a", "first"));
            store.replaceArticle("b", graphOf("b", "second"));
            assertEquals(2, count(store, "SELECT (COUNT(?t) AS ?n) WHERE { ?a <" + Ckg.fileName.getURI() + "> ?t }"));
            assertEquals(store.quadCount() - 0, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(Set.of("a", "b"), store.articleIds());
        }
    }

    @Test
    void replacingAnArticleDropsItsOldTriples() {
        try (KgStore store = KgStore.scratch()) {
            store.replaceArticle("a", graphOf("a", "old text"));
            store.replaceArticle("b", graphOf("b", "other"));
            long before = store.quadCount();
            store.replaceArticle("a", graphOf("a", "new text"));
            assertEquals(before, store.quadCount());
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"old text\" }"));
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"new text\" }"));
            assertEquals(Optional.of(ContentHash.of("new text")), store.contentHash("a"));
        }
    }

    @Test
    void removingAnArticleLeavesTheOthers() {
        try (KgStore store = KgStore.scratch()) {
            store.replaceArticle("a", graphOf("a", "one"));
            store.replaceArticle("b", graphOf("b", "two"));
            store.removeArticle("a");
            assertEquals(Set.of("b"), store.articleIds());
            assertEquals(Optional.empty(), store.contentHash("a"));
            assertEquals(Optional.of(ContentHash.of("two")), store.contentHash("b"));
            store.removeArticle("never-there");
        }
    }

    @Test
    void removingAnArticleRemovesEveryQuadIncludingNumbersStoredInline() {
        // TDB2 stores decimals, integers and doubles inline in their node ids; a lexical form that
        // does not survive that round trip ("306" read back as "306.0") could not be deleted.
        try (KgStore store = KgStore.scratch()) {
            Model m = graphOf("a", "numbers");
            org.apache.jena.rdf.model.Resource s = m.createResource(Iris.articleIri("a") + "/q");
            for (String lex : new String[] {org.conflictkg.rdf.Literals.decimal(306), org.conflictkg.rdf.Literals.decimal(1.5e9),
                    org.conflictkg.rdf.Literals.decimal(0.25), org.conflictkg.rdf.Literals.decimal(-2)}) {
                s.addProperty(Ckg.value, m.createTypedLiteral(lex, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
            }
            s.addLiteral(Ckg.confidence, m.createTypedLiteral(0.8));
            s.addProperty(Ckg.value, m.createTypedLiteral("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
            for (String t : new String[] {"2026-12-01T07:00:00.120Z", "2026-12-01T07:00:00Z", "2026-12-01T07:00:00.123456Z",
                    "2026-12-01T07:00:00.100Z", "2026-12-01T07:00:00.123Z"}) {
                s.addProperty(org.conflictkg.rdf.Prov.startedAtTime, m.createTypedLiteral(t, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            }
            for (String d : new String[] {"2024-11-05", "2024-11", "2024"}) {
                s.addProperty(Ckg.date, m.createTypedLiteral(d, d.length() == 10 ? org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate
                        : d.length() == 7 ? org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth : org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear));
            }
            store.replaceArticle("a", m);
            store.replaceArticle("a", m);
            assertEquals(m.size(), store.quadCount());
            store.removeArticle("a");
            assertEquals(0, store.quadCount());
            assertEquals(Set.of(), store.articleIds());
        }
    }

    @Test
    void aNonCanonicalDecimalIsStoredCanonicalSoTheNextReplaceLeavesNothingBehind() {
        try (KgStore store = KgStore.scratch()) {
            Model m = graphOf("a", "numbers");
            m.createResource(Iris.articleIri("a") + "/q").addProperty(Ckg.value,
                    m.createTypedLiteral("306", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
            store.replaceArticle("a", m);
            Model fresh = graphOf("a", "new");
            store.replaceArticle("a", fresh);
            assertEquals(fresh.size(), store.quadCount(), "the old graph is gone entirely");
            assertEquals(Optional.of(ContentHash.of("new")), store.contentHash("a"));
        }
    }

    @Test
    void aGraphTdb2CannotFullyDeleteFailsTheReplaceAndKeepsTheOldGraph() {
        try (KgStore store = KgStore.scratch()) {
            store.replaceArticle("a", graphOf("a", "numbers"));
            // Written past KgStore (an update through /kg-admin, or a store built before literals were
            // canonicalised): TDB2 reads "306"^^xsd:decimal back as "306.0" and cannot delete it.
            org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset().asDatasetGraph();
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> dsg.add(
                    org.apache.jena.graph.NodeFactory.createURI(Iris.graphIri("a")),
                    org.apache.jena.graph.NodeFactory.createURI(Iris.articleIri("a") + "/q"), Ckg.value.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralDT("306",
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
            long before = store.quadCount();
            KgException e = assertThrows(KgException.class, () -> store.replaceArticle("a", graphOf("a", "new")));
            assertEquals(ErrorCode.STORE_FAILURE, e.code());
            assertTrue(e.getMessage().contains("could not delete"), e.getMessage());
            assertEquals(before, store.quadCount());
            assertEquals(Optional.of(ContentHash.of("numbers")), store.contentHash("a"));
        }
    }

    @Test
    void aStoreOnDiskKeepsItsArticlesAcrossReopen(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (KgStore store = KgStore.open(db)) {
            store.replaceArticle("a", graphOf("a", "persisted"));
        }
        try (KgStore store = KgStore.open(db)) {
            assertEquals(Set.of("a"), store.articleIds());
            assertEquals(Optional.of(ContentHash.of("persisted")), store.contentHash("a"));
            assertTrue(store.quadCount() > 5);
        }
    }

    @Test
    void openingAFileAsAStoreFailsNamingTheDirectory(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        KgException e = assertThrows(KgException.class, () -> KgStore.open(file));
        assertEquals(ErrorCode.STORE_FAILURE, e.code());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesTheStoreAsItWas() {
        try (KgStore store = KgStore.scratch()) {
            store.replaceArticle("a", graphOf("a", "kept"));
            long before = store.quadCount();
            Model bad = ModelFactory.createDefaultModel();
            bad.add(bad.createResource(Iris.articleIri("a")), Ckg.fileName, "half");
            // An article id that cannot be an IRI fails inside the transaction, after "a" was dropped.
            java.util.Map<String, Model> batch = new java.util.LinkedHashMap<>();
            batch.put("a", bad);
            batch.put("not an id", bad);
            assertThrows(RuntimeException.class, () -> store.replaceArticles(batch));
            assertEquals(before, store.quadCount());
            assertEquals(Optional.of(ContentHash.of("kept")), store.contentHash("a"));
        }
    }
}
