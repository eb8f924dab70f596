package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictkg.query.ExtractionExport;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference scorer (shared/gold/score.py) on the same files and compares every number.
 * Skipped where python3 or the reference scorer is not installed.
 */
class ReferenceScorerAgreementTest {

    private static final Path REFERENCE = Path.of("../shared/gold/score.py");
    private static final Path REFERENCE_ALT = Path.of("/work/shared/gold/score.py");
    private static final Path SMALL = Path.of("src/test/resources/server-cli/eval");

    static JsonNode reference(Path gold, Path export, Path corpus) throws IOException, InterruptedException {
        Path script = Files.exists(REFERENCE) ? REFERENCE : REFERENCE_ALT;
        assumeTrue(Files.exists(script), "reference scorer not installed");
        Process p;
        try {
            p = new ProcessBuilder(List.of("python3", script.toString(), gold.toString(), export.toString(),
                    "--corpus=" + corpus, "--json")).redirectErrorStream(false).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "reference scorer failed");
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8)).get("scores");
    }

    @Test
    void javaScorerGivesTheReferenceScorersNumbersOnTheHandMadePair() throws Exception {
        Path gold = SMALL.resolve("small-gold.json");
        Path export = SMALL.resolve("small-export.json");
        JsonNode expected = reference(gold, export, SMALL.resolve("articles"));
        JsonNode actual = new Scorer(ArticleTexts.directory(SMALL.resolve("articles")))
                .score(GoldStandard.read(gold), Extraction.read(export)).toJson().get("scores");
        assertEquals(expected, actual);
    }

    @Test
    void javaScorerGivesTheReferenceScorersNumbersOnTheSeedArticlesExport(@TempDir Path tmp) throws Exception {
        Path gold = Path.of("data/gold/seed-gold.json");
        Path articles = Path.of("data/articles");
        Path export = tmp.resolve("export.json");
        try (KgStore store = KgStore.scratch()) {
            new Ingester(store).ingest(List.of(articles), false, IngestListener.NONE);
            new ExtractionExport(store.dataset()).write(export);
        }
        JsonNode expected = reference(gold, export, articles);
        JsonNode actual = new Scorer(ArticleTexts.directory(articles))
                .score(GoldStandard.read(gold), Extraction.read(export)).toJson().get("scores");
        assertEquals(expected, actual);
    }
}
