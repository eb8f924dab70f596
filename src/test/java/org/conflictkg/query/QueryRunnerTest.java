package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {

    private static KgStore store;

    @BeforeAll
    static void load() {
        store = Fixture.store();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String run(Path dir, String query, QueryRunner.Format format) throws Exception {
        Path f = dir.resolve("q.rq");
        Files.writeString(f, query);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner().run(store.dataset(), f, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void selectPrintsAsTableCsvAndJson(@TempDir Path tmp) throws Exception {
        String q = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\n"
                + "SELECT ?file { ?a a ckg:Article ; ckg:fileName ?file } ORDER BY ?file";
        assertEquals("file\r\nart-a.txt\r\nart-b.txt\r\n", run(tmp, q, QueryRunner.Format.CSV));
        String table = run(tmp, q, QueryRunner.Format.TABLE);
        assertTrue(table.contains("| \"art-a.txt\" |"), table);
        assertTrue(run(tmp, q, QueryRunner.Format.JSON).contains("\"value\": \"art-b.txt\""));
    }

    @Test
    void spansCanBeCheckedAgainstTheArticleTextInSparql(@TempDir Path tmp) throws Exception {
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT (COUNT(*) AS ?bad) {
                  ?s nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
                  ?a nif:isString ?text .
                  FILTER(SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor)
                }""";
        assertEquals("bad\r\n0\r\n", run(tmp, q, QueryRunner.Format.CSV));
    }

    @Test
    void askAndConstructPrint(@TempDir Path tmp) throws Exception {
        assertEquals("yes\n", run(tmp, "ASK { ?s ?p ?o }", QueryRunner.Format.TABLE));
        String ttl = run(tmp, "CONSTRUCT { ?a <urn:p> ?f } WHERE { ?a <https://w3id.org/conflict-kg/ontology#fileName> ?f }",
                QueryRunner.Format.CSV);
        assertEquals(2, ttl.lines().count(), ttl);
    }

    @Test
    void invalidSparqlNamesTheFileAndThePosition(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("broken.rq");
        Files.writeString(f, "SELECT * WHERE {\n  ?s ?p \n}");
        KgException e = assertThrows(KgException.class, () -> QueryRunner.parse(f));
        assertEquals(ErrorCode.QUERY_INVALID, e.code());
        assertEquals(f + ":3:1: not valid SPARQL: unexpected \"}\"", e.getMessage());
    }

    @Test
    void aMissingQueryFileIsNamed(@TempDir Path tmp) {
        Path f = tmp.resolve("none.rq");
        KgException e = assertThrows(KgException.class, () -> QueryRunner.parse(f));
        assertEquals(f + ": no such query file", e.getMessage());
    }
}
