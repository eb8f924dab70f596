package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.eval.Extraction;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionExportTest {

    private static KgStore store;
    private static JsonNode export;

    @BeforeAll
    static void load() {
        store = Fixture.store();
        export = new ExtractionExport(store.dataset()).toJson();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static JsonNode doc(String file) {
        return export.get("documents").get(file);
    }

    private static JsonNode entity(String file, String key) {
        for (JsonNode e : doc(file).get("entities")) {
            if (e.get("id").asText().equals(Fixture.ENTITY + key)) {
                return e;
            }
        }
        throw new AssertionError(key + " not exported for " + file);
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText().replace(Fixture.ENTITY, "")));
        return out;
    }

    @Test
    void documentsAreKeyedByFileName() {
        assertEquals("extraction/1", export.get("schema").asText());
        List<String> names = new ArrayList<>();
        export.get("documents").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("art-a.txt", "art-b.txt"), names);
    }

    @Test
    void entitiesOfGoldTypesCarryLabelTypeQidAliasesAndMentionSpans() {
        JsonNode peskov = entity("art-a.txt", "dmitry-peskov");
        assertEquals("Dmitry Peskov", peskov.get("label").asText());
        assertEquals("Person", peskov.get("type").asText());
        assertEquals("Q2389586", peskov.get("wikidata").asText());
        assertEquals("[\"Peskov\"]", peskov.get("aliases").toString());
        assertEquals("[[134,147]]", peskov.get("mentions").toString());
        JsonNode atacms = entity("art-a.txt", "atacms");
        assertEquals("WeaponSystem", atacms.get("type").asText());
        assertTrue(atacms.get("wikidata").isNull());
    }

    @Test
    void collectiveGroupsAreNotExportedAsEntities() {
        assertEquals(List.of("atacms", "joe-biden", "person/zelensky", "russia", "ukraine"),
                ids(doc("art-b.txt").get("entities")));
    }

    @Test
    void theSameEntityHasTheSameIriInEveryArticle() {
        assertEquals(entity("art-a.txt", "joe-biden").get("id"), entity("art-b.txt", "joe-biden").get("id"));
        assertEquals("[[0,5]]", entity("art-b.txt", "joe-biden").get("mentions").toString());
    }

    @Test
    void policiesCarryTheSpansOfTheirStatementsInThatArticle() {
        JsonNode p = doc("art-b.txt").get("policies").get(0);
        assertEquals(Fixture.POLICY, p.get("id").asText());
        assertEquals("US permits Ukraine to strike inside Russia with ATACMS", p.get("label").asText());
        assertEquals("[[8,54]]", p.get("spans").toString());
        assertEquals(1, doc("art-a.txt").get("policies").size());
    }

    @Test
    void rolesPositionsQuotesAndQuantitiesPointAtExportedIris() {
        JsonNode a = doc("art-a.txt");
        JsonNode spokesman = a.get("roles").get(1);
        assertEquals(Fixture.ENTITY + "dmitry-peskov", spokesman.get("holder").asText());
        assertEquals("spokesman", spokesman.get("title").asText());
        assertEquals(Fixture.ENTITY + "kremlin", spokesman.get("organization").asText());
        assertTrue(a.get("roles").get(0).get("organization").isNull());

        JsonNode opposes = a.get("positions").get(0);
        assertEquals("opposes", opposes.get("stance").asText());
        assertEquals(Fixture.ENTITY + "ukraine", opposes.get("target").asText());
        assertEquals(Fixture.POLICY, a.get("positions").get(1).get("target").asText());

        assertEquals("[78,109]", a.get("quotes").get(0).get("span").toString());
        assertEquals(Fixture.ENTITY + "dmitry-peskov", a.get("quotes").get(0).get("speaker").asText());
        assertTrue(a.get("quotes").get(1).get("speaker").isNull());

        assertEquals("[64000000000,500]", "[" + a.get("quantities").get(0).get("value") + ","
                + a.get("quantities").get(1).get("value") + "]");
        assertEquals("missiles", a.get("quantities").get(1).get("unit").asText());
        assertEquals("[196,208]", a.get("quantities").get(1).get("span").toString());
    }

    @Test
    void theScorerReadsTheWrittenExport(@TempDir Path tmp) {
        Path out = tmp.resolve("sub/export.json");
        new ExtractionExport(store.dataset()).write(out);
        Extraction read = Extraction.read(out);
        assertEquals(2, read.documents().size());
        assertEquals(6, read.documents().get("art-a.txt").entities().size());
        assertEquals(2, read.documents().get("art-a.txt").positions().size());
    }
}
