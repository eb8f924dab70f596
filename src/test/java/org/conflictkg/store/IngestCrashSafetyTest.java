package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} killed with SIGKILL in the middle of a large batch: the TDB2 store opens again,
 * every article graph is whole or absent (its quad count equals that of a clean ingest), and a
 * second {@code ingest} completes the store to exactly what one clean ingest makes.
 */
class IngestCrashSafetyTest {

    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/(\\d+)] ");
    private static final int ARTICLES = 400;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aKilledIngestLeavesWholeArticlesOnlyAndASecondIngestCompletesIt(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        GeneratedCorpus.write(corpus, ARTICLES, 20261201L);
        Path dir = tmp.resolve("store");

        Process child = ingestProcess(corpus, dir);
        List<String> seen = new ArrayList<>();
        int lastIndex = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            // Kill once at least two write transactions (64 articles each) are committed and more are coming.
            for (String line; lastIndex < 150 && (line = err.readLine()) != null; ) {
                seen.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    lastIndex = Integer.parseInt(m.group(1));
                }
            }
            assertTrue(lastIndex >= 150, "ingest reported progress before it ended: " + tail(seen));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
        }
        assertTrue(child.exitValue() != 0, "killed, not finished");

        Map<String, Long> clean = cleanCounts(corpus);
        assertEquals(ARTICLES, clean.size());
        Map<String, Long> afterCrash;
        try (KgStore store = KgStore.open(dir)) {
            afterCrash = graphCounts(store);
        }
        assertTrue(afterCrash.size() >= 128 && afterCrash.size() < ARTICLES,
                "the kill came mid-ingest: " + afterCrash.size() + " articles stored");
        afterCrash.forEach((id, n) -> assertEquals(clean.get(id), n, id + " is whole or absent, never partly written"));

        Process again = ingestProcess(corpus, dir);
        String out = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue(), out);
        assertTrue(out.contains("unchanged, kept"), "articles stored before the kill are kept: " + tail(List.of(out)));
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(clean, graphCounts(store), "the store is what one clean ingest makes");
            assertEquals(clean.values().stream().mapToLong(Long::longValue).sum(), store.quadCount(), "no duplicates");
        }
    }

    private static Process ingestProcess(Path corpus, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.conflictkg.cli.Main", "ingest", corpus.toString(), "--store", dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }

    /** Per-article quad counts from a clean ingest of the same corpus, in memory. */
    private static Map<String, Long> cleanCounts(Path corpus) {
        try (KgStore store = KgStore.scratch()) {
            IngestReport report = new Ingester(store).ingest(List.of(corpus), false, IngestListener.NONE);
            assertTrue(report.failures().isEmpty(), report.toString());
            return graphCounts(store);
        }
    }

    static Map<String, Long> graphCounts(KgStore store) {
        String q = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> counts = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> counts.put(
                        Iris.articleIdOfGraph(s.getResource("g").getURI()).orElseThrow(),
                        s.getLiteral("n").getLong()));
            }
            return counts;
        });
    }

    private static String tail(List<String> lines) {
        String all = String.join("\n", lines);
        return all.substring(Math.max(0, all.length() - 2000));
    }
}
