package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.role.Role;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.text.ArticleReader;
import org.junit.jupiter.api.Test;

/** The entity rules end to end on the five development articles, against facts of the gold file. */
class SeedArticlesEntityTest {

    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
    private static final Map<String, ArticleAnalysis> CACHE = new ConcurrentHashMap<>();

    private static ArticleAnalysis article(String file) {
        return CACHE.computeIfAbsent(file, f -> PIPELINE.analyse(new ArticleReader().read(Path.of("data/articles", f))));
    }

    private static List<EntityMention> mentions(ArticleAnalysis a, String text) {
        return a.mentions().stream().filter(m -> m.mention().text().equals(text)).toList();
    }

    @Test
    void peskovIsTheKremlinSpokespersonAndPutinsSpokespersonIsHim() {
        ArticleAnalysis a = article("000_1d5f898ef470540a.txt");
        Role peskov = a.roles().stream().filter(r -> r.holder().value().equals("person/dmitry-peskov")).findFirst().orElseThrow();
        assertEquals("spokesperson", peskov.title());
        assertEquals("kremlin", peskov.organization().orElseThrow().value());
        EntityMention description = mentions(a, "Putin's spokesperson").get(0);
        assertEquals(peskov.holder(), description.entity());
        assertEquals(MentionKind.DESCRIPTION, description.mention().kind());
    }

    @Test
    void zelenskyySpellingsAreOneEntityAcrossArticles() {
        assertEquals("volodymyr-zelenskyy", mentions(article("000_1d5f898ef470540a.txt"), "Volodymyr Zelenskyy").get(0).entity().value());
        assertEquals("volodymyr-zelenskyy", mentions(article("003_cd7ae7ab37400576.txt"), "Zelenskiy").get(0).entity().value());
        assertEquals("volodymyr-zelenskyy", mentions(article("004_1864db7bca409249.txt"), "Volodymyr Zelensky").get(0).entity().value());
    }

    @Test
    void unknownPeopleGetTheSameKeyInEveryArticle() {
        for (String f : List.of("003_cd7ae7ab37400576.txt", "004_1864db7bca409249.txt")) {
            assertEquals("person/andrei-klishas", mentions(article(f), "Andrei Klishas").get(0).entity().value(), f);
            assertEquals("person/richard-grenell", mentions(article(f), "Richard Grenell").get(0).entity().value(), f);
        }
    }

    @Test
    void heSaidAfterAQuoteResolvesToTheSpeakerNamedBefore() {
        ArticleAnalysis a = article("002_f8d1325b0194e9f8.txt");
        assertEquals("person/jake-sullivan", mentions(a, "he").get(0).entity().value());
        ArticleAnalysis z = article("004_1864db7bca409249.txt");
        assertEquals("volodymyr-zelenskyy", mentions(z, "he").get(0).entity().value());
    }

    @Test
    void creditsAreAuthorsAndFurnitureNamesNobody() {
        ArticleAnalysis a = article("003_cd7ae7ab37400576.txt");
        assertEquals(9, a.authors().size());
        assertTrue(a.entities().stream().noneMatch(e -> e.label().contains("Axadle") || e.label().equals("Warsaw")));
        ArticleAnalysis b = article("004_1864db7bca409249.txt");
        assertTrue(b.entities().stream().noneMatch(e -> e.label().equals("Saudi Arabia") || e.label().equals("Iran")));
        assertTrue(b.entities().stream().noneMatch(e -> e.label().contains("Trump Team")));
    }

    /** Pins entity precision and recall against the gold file, by the gold format's name matching. */
    @Test
    void entitiesMatchTheGoldWithHighPrecisionAndRecall() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Path.of("data/gold/seed-gold.json").toFile());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var doc : (Iterable<Map.Entry<String, JsonNode>>) gold.get("documents")::fields) {
            ArticleAnalysis a = article(doc.getKey());
            Map<String, Boolean> required = new java.util.HashMap<>();
            doc.getValue().get("entities").forEach(e -> required.put(e.get("entity").asText(), !e.get("optional").asBoolean()));
            Set<String> used = new HashSet<>();
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.GROUP) {
                    continue;
                }
                Set<String> names = new HashSet<>();
                names.add(norm(e.label()));
                e.aliases().forEach(x -> names.add(norm(x)));
                String match = null;
                for (String id : required.keySet()) {
                    JsonNode g = gold.get("entities").get(id);
                    boolean qid = e.wikidata().isPresent() && e.wikidata().get().equals(g.get("wikidata").asText());
                    boolean name = names.contains(norm(g.get("name").asText()));
                    for (JsonNode al : g.get("aliases")) {
                        name |= names.contains(norm(al.asText()));
                    }
                    if (qid || name) {
                        match = id;
                        break;
                    }
                }
                if (match == null || !used.add(match)) {
                    fp++;
                } else if (required.get(match)) {
                    tp++;
                }
            }
            fn += (int) required.entrySet().stream().filter(r -> r.getValue() && !used.contains(r.getKey())).count();
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        assertTrue(p >= 0.95 && r >= 0.95, "precision " + p + " recall " + r);
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("'s\\b", "").replace('-', ' ').replaceAll("[^a-z0-9 ]+", "").trim();
        return n.replaceAll("^the ", "").replaceAll("\\s+", " ");
    }
}
