package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The point queries and the corroboration aggregate match their statement patterns inside
 * {@code GRAPH ?g} (for speed on a large store);
 * they must answer exactly what their earlier formulation over the union default graph answered.
 * That formulation is kept in {@code src/test/resources/query-fixtures/union-formulation/}; both
 * run on the five development articles for every actor that states a position or is mentioned,
 * and for every statement of every kind.
 */
class GraphScopedQueriesTest {

    private static final Path UNION = Path.of("src/test/resources/query-fixtures/union-formulation");
    private static Dataset seed;

    @BeforeAll
    static void build() {
        seed = SeedGraph.store().dataset();
    }

    private static String union(String file) throws IOException {
        return Files.readString(UNION.resolve(file));
    }

    private static String withName(String query, String name) {
        return query.replaceFirst("VALUES \\?name \\{ \"[^\"]*\" }", "VALUES ?name { \"" + name.replace("\"", "\\\\\"") + "\" }");
    }

    private static Set<String> names(String query) {
        Set<String> out = new TreeSet<>();
        QueryFiles.selectText(seed, query).forEach(r -> out.add(r.get("name")));
        return out;
    }

    @Test
    void actorPositionsAnswersAsOverTheUnionGraphForEveryHolder() throws IOException {
        Set<String> holders = names("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?name { ?p a ckg:StatedPosition ; ckg:holder/rdfs:label ?name }""");
        assertTrue(holders.size() >= 5, holders.toString());
        int rows = 0;
        for (String name : holders) {
            List<Map<String, String>> now = QueryFiles.selectText(seed, withName(QueryFiles.text("actor-positions.rq"), name));
            assertEquals(QueryFiles.selectText(seed, withName(union("actor-positions.rq"), name)), now, name);
            rows += now.size();
        }
        assertTrue(rows >= holders.size(), "every holder has its positions: " + rows);
    }

    @Test
    void entityMentionsAnswersAsOverTheUnionGraphForEveryMentionedEntity() throws IOException {
        Set<String> entities = names("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?name { ?m ckg:mentionOf ?e . ?e rdfs:label|skos:altLabel ?name }""");
        assertTrue(entities.size() >= 20, entities.toString());
        for (String name : entities) {
            List<Map<String, String>> now = QueryFiles.selectText(seed, withName(QueryFiles.text("entity-mentions.rq"), name));
            assertFalse(now.isEmpty(), name);
            assertEquals(QueryFiles.selectText(seed, withName(union("entity-mentions.rq"), name)), now, name);
        }
    }

    @Test
    void evidenceAnswersAsOverTheUnionGraphForEveryKindAndForOneStatement() throws IOException {
        for (String kind : List.of("StatedPosition", "Quotation", "RoleStatement", "QuantityStatement",
                "PolicyStatement", "EntityMention", "Authorship")) {
            String row = "(UNDEF \"" + kind + "\")";
            List<Map<String, String>> now = QueryFiles.selectText(seed,
                    QueryFiles.text("evidence.rq").replace("(UNDEF \"StatedPosition\")", row));
            assertFalse(now.isEmpty(), kind);
            assertEquals(QueryFiles.selectText(seed, union("evidence.rq").replace("(UNDEF \"StatedPosition\")", row)), now, kind);
            String one = "(<" + now.get(now.size() / 2).get("statement") + "> \"" + kind + "\")";
            List<Map<String, String>> single = QueryFiles.selectText(seed,
                    QueryFiles.text("evidence.rq").replace("(UNDEF \"StatedPosition\")", one));
            assertEquals(1, single.size(), one);
            assertEquals(QueryFiles.selectText(seed, union("evidence.rq").replace("(UNDEF \"StatedPosition\")", one)), single, one);
        }
    }

    @Test
    void corroborationAnswersAsOverTheUnionGraphAtEveryThreshold() throws IOException {
        for (int min : List.of(1, 2, 3)) {
            String row = "VALUES ?minArticles { " + min + " }";
            List<Map<String, String>> now = QueryFiles.selectText(seed,
                    QueryFiles.text("position-corroboration.rq").replace("VALUES ?minArticles { 1 }", row));
            assertFalse(now.isEmpty(), "positions stated in at least " + min + " articles");
            assertEquals(QueryFiles.selectText(seed, union("position-corroboration.rq").replace("VALUES ?minArticles { 1 }", row)),
                    now, "at least " + min);
        }
    }
}
