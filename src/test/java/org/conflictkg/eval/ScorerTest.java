package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

    private static final Path SMALL = Path.of("src/test/resources/server-cli/eval");
    private static final Path SEED_GOLD = Path.of("data/gold/seed-gold.json");

    private static EvalReport scoreSmall() {
        return new Scorer(ArticleTexts.directory(SMALL.resolve("articles")))
                .score(GoldStandard.read(SMALL.resolve("small-gold.json")),
                        Extraction.read(SMALL.resolve("small-export.json")));
    }

    private static void assertCounts(EvalReport r, Category c, int tp, int fp, int fn) {
        assertEquals(new Counts(tp, fp, fn), r.get(c), c.key());
    }

    /*
     * Expected numbers worked out by hand from small-gold.json and small-export.json:
     * entities: Biden (QID), United States (name, wrong QID), Kremlin (name, wrong type), Finer (alias) are
     * hits; "Jon Finer" is a duplicate of Finer, Moscow matches nothing; ATACMS and b.txt's Biden are missed;
     * Russia matches an optional entity (no credit, but counted for link and type accuracy).
     */
    @Test
    void handComputedPairScoresEveryCategoryAsWorkedOut() {
        EvalReport r = scoreSmall();
        assertCounts(r, Category.ENTITIES, 4, 2, 2);
        assertCounts(r, Category.POLICIES, 1, 1, 1);
        assertCounts(r, Category.ROLES, 2, 1, 0);
        assertCounts(r, Category.POSITIONS, 1, 2, 1);
        assertCounts(r, Category.POSITIONS_RELAXED, 2, 1, 0);
        assertCounts(r, Category.QUOTES, 2, 1, 0);
        assertCounts(r, Category.QUOTES_STRICT, 1, 2, 1);
        assertCounts(r, Category.QUANTITIES, 1, 0, 1);
        assertEquals(new Ratio(2, 3), r.linkAccuracy());
        assertEquals(new Ratio(4, 5), r.typeAccuracy());
        assertEquals(new Ratio(1, 2), r.attributionAccuracy());
        assertEquals(1, r.duplicateEntities());
        assertEquals(2, r.p1Fragmentation());
        assertEquals(java.util.List.of("b.txt"), r.missingDocuments());
        assertEquals(0.727, EvalReport.round3(2 * (4 / 6.0) * (4 / 5.0) / (4 / 6.0 + 4 / 5.0)));
        assertEquals(0.667, r.toJson().at("/scores/entities/f1").asDouble());
        assertEquals(0.8, r.toJson().at("/scores/roles/f1").asDouble());
    }

    @Test
    void detailsNameEveryFalsePositiveAndFalseNegativeWithItsText() {
        EvalReport r = scoreSmall();
        assertTrue(r.findings().contains(new Finding("a.txt", Finding.Kind.FP, "entity", "Moscow")));
        assertTrue(r.findings().contains(new Finding("a.txt", Finding.Kind.FN, "entity", "atacms \"ATACMS\"")));
        assertTrue(r.findings().contains(new Finding("b.txt", Finding.Kind.FN, "quantity", "10,000 troops")));
        assertTrue(r.findings().stream().anyMatch(f -> f.what().equals("duplicate entity")
                && f.text().startsWith("Jon Finer")));
        assertTrue(r.findings().contains(new Finding("a.txt", Finding.Kind.FN, "position", "jon-finer supports P1")));
    }

    @Test
    void seedGoldAgainstAnExportMadeFromItselfScoresOne(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("perfect.json");
        new ObjectMapper().writeValue(export.toFile(), perfectExport(new ObjectMapper().readTree(SEED_GOLD.toFile())));
        EvalReport r = new Scorer(ArticleTexts.directory(Path.of("data/articles")))
                .score(GoldStandard.read(SEED_GOLD), Extraction.read(export));
        for (Category c : Category.values()) {
            Counts k = r.get(c);
            assertEquals(0, k.fp(), c.key() + " " + k);
            assertEquals(0, k.fn(), c.key() + " " + k);
            assertTrue(k.tp() > 0, c.key());
            assertEquals(1.0, k.f1(), c.key());
        }
        assertEquals(1.0, r.linkAccuracy().value().getAsDouble());
        assertEquals(1.0, r.typeAccuracy().value().getAsDouble());
        assertEquals(1.0, r.attributionAccuracy().value().getAsDouble());
        assertEquals(0, r.duplicateEntities());
        assertEquals(1, r.p1Fragmentation());
    }

    /** An export that states exactly what the gold states, with gold ids as IRIs. */
    static ObjectNode perfectExport(JsonNode gold) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("schema", "extraction/1");
        ObjectNode docs = root.putObject("documents");
        gold.get("documents").fields().forEachRemaining(f -> {
            JsonNode gd = f.getValue();
            ObjectNode d = docs.putObject(f.getKey());
            ArrayNode ents = d.putArray("entities");
            Set<String> seen = new HashSet<>();
            for (JsonNode m : gd.get("entities")) {
                String id = m.get("entity").asText();
                if (!seen.add(id)) {
                    continue;
                }
                JsonNode g = gold.get("entities").get(id);
                ObjectNode e = ents.addObject().put("id", id).put("label", g.get("name").asText())
                        .put("type", g.get("type").asText());
                e.set("wikidata", g.get("wikidata"));
                e.set("aliases", g.get("aliases"));
                e.putArray("mentions").add(m.get("span"));
            }
            Map<String, ArrayNode> policySpans = new LinkedHashMap<>();
            for (JsonNode a : gd.get("policies")) {
                policySpans.computeIfAbsent(a.get("policy").asText(), k -> json.createArrayNode()).add(a.get("span"));
            }
            ArrayNode pols = d.putArray("policies");
            policySpans.forEach((id, spans) -> pols.addObject().put("id", id).put("label", id).set("spans", spans));
            ArrayNode roles = d.putArray("roles");
            gd.get("roles").forEach(r -> roles.addObject().put("holder", r.get("holder").asText())
                    .put("title", r.get("title").asText()).set("span", r.get("span")));
            ArrayNode pos = d.putArray("positions");
            gd.get("positions").forEach(p -> pos.addObject().put("holder", p.get("holder").asText())
                    .put("stance", p.get("stance").asText()).put("target", p.get("target").asText())
                    .set("span", p.get("span")));
            ArrayNode quotes = d.putArray("quotes");
            gd.get("quotes").forEach(q -> {
                ObjectNode n = quotes.addObject();
                n.set("speaker", q.get("speaker"));
                n.set("span", q.get("span"));
            });
            ArrayNode qs = d.putArray("quantities");
            gd.get("quantities").forEach(q -> qs.addObject().put("unit", q.get("unit").asText())
                    .setAll(Map.of("value", q.get("value"), "span", q.get("span"))));
        });
        return root;
    }

    @Test
    void namesCompareWithoutDiacriticsPossessivesPunctuationOrLeadingThe() {
        assertEquals("zelenskyy", NameNormalizer.normalize("Zelenskyy’s"));
        assertEquals("us", NameNormalizer.normalize("U.S."));
        assertEquals("white house", NameNormalizer.normalize("the White House"));
        assertEquals("sergei lavrov", NameNormalizer.normalize("Sérgei  Lavrov"));
        assertEquals("north korea", NameNormalizer.normalize("North-Korea"));
    }

    @Test
    void titleTokensSpellAdvisorAsAdviserAndDropFunctionWords() {
        assertEquals(Set.of("national", "security", "adviser"),
                NameNormalizer.titleTokens("a senior National Security Advisor of the"));
    }

    @Test
    void quoteSpansAreTrimmedOfMarksAndSpacesOnly() {
        int[] text = "He said: “No, never.” Then".codePoints().toArray();
        assertEquals(new org.conflictkg.text.CharSpan(10, 20),
                Spans.trimQuotes(new org.conflictkg.text.CharSpan(8, 22), text));
    }

    @Test
    void exportWithTheWrongSchemaIsRejectedNamingTheFile(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"schema\": \"gold/1\", \"documents\": {}}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.conflictkg.diag.KgException.class,
                () -> Extraction.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("extraction/1"), e.getMessage());
    }
}
