package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.conflictkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Regression guard on extraction quality: runs {@code eval} exactly as a user does (ingest into a
 * scratch store, export by SPARQL, score) and asserts every figure is at least its target. The
 * targets are the issue's, not today's numbers; the held-out-style set, written and annotated
 * blind to the extractor, has floors just below what generalisation reaches now, so a change
 * that overfits the seed articles and loses elsewhere fails here.
 */
class QualityTest {

    private static JsonNode eval(Path tmp, String gold, String articles) throws IOException {
        Path json = tmp.resolve("scores.json");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("eval", "--gold", gold, "--articles", articles, "--json", json.toString());
        assertEquals(0, code, err.toString());
        JsonNode scores = new ObjectMapper().readTree(json.toFile()).get("scores");
        assertEquals(0, scores.get("missing_documents").size(), scores.toString());
        return scores;
    }

    private static void atLeast(JsonNode scores, String path, double target) {
        double value = scores.at(path).asDouble(-1);
        assertTrue(value >= target, path + " = " + value + ", target >= " + target + " in " + scores);
    }

    @Test
    void seedArticlesMeetEveryExtractionTarget(@TempDir Path tmp) throws IOException {
        JsonNode s = eval(tmp, "data/gold/seed-gold.json", "data/articles");
        atLeast(s, "/entities/f1", 0.90);
        atLeast(s, "/entity_link_accuracy", 0.95);
        assertEquals(0, s.get("duplicate_entities").asInt(), s.toString());
        atLeast(s, "/roles/f1", 0.85);
        atLeast(s, "/positions/f1", 0.80);
        atLeast(s, "/quotes/f1", 0.90);
        atLeast(s, "/quote_attribution_accuracy", 0.90);
        atLeast(s, "/quantities/r", 0.90);
        assertEquals(1, s.get("p1_fragmentation").asInt(), "the main decision is one node: " + s);
    }

    @Test
    void heldOutStyleArticlesKeepTheirFloor(@TempDir Path tmp) throws IOException {
        JsonNode s = eval(tmp, "src/test/resources/heldout/heldout-gold.json", "src/test/resources/heldout/articles");
        // Floors, not targets: a little below today's figures on articles nobody tuned for.
        atLeast(s, "/entities/f1", 0.98);
        atLeast(s, "/entity_link_accuracy", 0.85);
        atLeast(s, "/roles/f1", 0.98);
        atLeast(s, "/quotes/f1", 0.97);
        atLeast(s, "/quote_attribution_accuracy", 0.97);
        atLeast(s, "/quantities/r", 0.97);
        atLeast(s, "/policies/r", 0.95);
        atLeast(s, "/policies/p", 0.95);
        atLeast(s, "/positions/f1", 0.90);
    }

    @Test
    void secondBlindSetKeepsItsFloor(@TempDir Path tmp) throws IOException {
        // Written and annotated blind; since used for development by general rules only (decision
        // cues; attribution, entity, role and quantity patterns): a third blind set is the honest figure.
        JsonNode s = eval(tmp, "src/test/resources/heldout2/heldout2-gold.json", "src/test/resources/heldout2/articles");
        atLeast(s, "/entities/f1", 0.97);
        atLeast(s, "/entity_link_accuracy", 0.90);
        atLeast(s, "/roles/f1", 0.97);
        atLeast(s, "/quotes/f1", 0.97);
        atLeast(s, "/quote_attribution_accuracy", 0.96);
        atLeast(s, "/quantities/r", 0.97);
        atLeast(s, "/policies/r", 0.95);
        atLeast(s, "/policies/p", 0.85);
        atLeast(s, "/positions/f1", 0.80);
        atLeast(s, "/positions_relaxed/f1", 0.80);
        assertEquals(1, s.get("p1_fragmentation").asInt(), s.toString());
    }

    @Test
    void thirdBlindSetKeepsItsFloor(@TempDir Path tmp) throws IOException {
        // Written and annotated blind after the other rounds, measured once and never tuned on:
        // the honest figure (README, "Extraction quality"). Floors a little under that measurement.
        JsonNode s = eval(tmp, "src/test/resources/heldout3/heldout3-gold.json", "src/test/resources/heldout3/articles");
        atLeast(s, "/entities/f1", 0.86);
        atLeast(s, "/entity_link_accuracy", 0.85);
        atLeast(s, "/roles/f1", 0.90);
        atLeast(s, "/quotes/f1", 0.95);
        atLeast(s, "/quote_attribution_accuracy", 0.88);
        atLeast(s, "/quantities/r", 0.60);
        atLeast(s, "/policies/r", 0.30);
        atLeast(s, "/positions_relaxed/f1", 0.20);
        assertEquals(1, s.get("p1_fragmentation").asInt(), s.toString());
    }
}
