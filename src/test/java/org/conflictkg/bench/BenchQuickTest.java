package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CI smoke test of the benchmark: {@code bench --quick} on the five development articles (no
 * BBC corpus) completes and its JSON holds every figure the issue asks for, each with min,
 * median and max. It checks that the figures exist and are sane, not that they meet a target.
 */
class BenchQuickTest {

    /** Every figure a run must report, written out here rather than taken from the code under test. */
    private static final List<String> FIGURES = expected();

    private static List<String> expected() {
        List<String> ids = new ArrayList<>();
        for (String corpus : List.of("real", "scaled")) {
            for (String t : List.of("t1", "t" + Runtime.getRuntime().availableProcessors())) {
                ids.add("extraction." + corpus + "." + t + ".articlesPerSecond");
                ids.add("extraction." + corpus + "." + t + ".megabytesPerSecond");
            }
        }
        ids.addAll(List.of("ingest.triplesPerSecond", "ingest.jenaParallelLoader.triplesPerSecond",
                "ingest.ratioToJenaParallelLoader", "store.build.seconds", "store.quads",
                "reingest.visibleMs", "heap.small.peakAfterGcMiB", "heap.large.peakAfterGcMiB",
                "heap.large.peakBeforeGcMiB", "heap.growthLargeOverSmall"));
        for (String q : List.of("actor-positions", "entity-mentions", "evidence", "position-corroboration")) {
            for (int clients : List.of(1, 4, 16)) {
                for (String p : List.of("p50Ms", "p95Ms", "p99Ms", "queriesPerSecond")) {
                    ids.add("query." + q + ".c" + clients + "." + p);
                }
            }
        }
        return List.copyOf(ids);
    }

    @Test
    void quickBenchOnTheDevelopmentArticlesReportsEveryFigure(@TempDir Path tmp) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("bench", "--quick", "--no-bbc", "--articles", "data/articles", "--queries", "queries",
                "--work", tmp.resolve("work").toString(), "--out", tmp.resolve("out").toString());
        // No time limit here: on a shared CI machine a smoke test must finish, not be fast.
        assertEquals(0, code, err.toString());

        JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/bench.json").toFile());
        JsonNode figures = json.path("figures");
        List<String> missing = FIGURES.stream().filter(id -> !figures.has(id)).toList();
        assertTrue(missing.isEmpty(), "figures missing from bench.json: " + missing);
        for (String id : FIGURES) {
            JsonNode f = figures.get(id);
            double min = f.path("min").asDouble(Double.NaN);
            double median = f.path("median").asDouble(Double.NaN);
            double max = f.path("max").asDouble(Double.NaN);
            assertTrue(min <= median && median <= max && min >= 0, id + ": min/median/max " + f);
            assertTrue(f.path("samples").size() >= 1, id + " has no samples");
        }
        assertTrue(figures.get("extraction.real.t1.articlesPerSecond").path("samples").size() >= 2,
                "extraction is repeated");
        assertTrue(figures.get("store.quads").path("median").asDouble() >= 15_000, "the served store reached its size");
        assertTrue(json.path("machine").path("cores").asInt() >= 1);
        assertTrue(json.path("machine").path("maxHeapBytes").asLong() > 0);
        assertEquals(5, json.path("corpora").path("real").path("articles").asInt(), "the five development articles");
        assertTrue(Files.readString(tmp.resolve("out/bench.md")).contains("| query.evidence.c16.p99Ms | ms |"));
    }
}
