package org.conflictkg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a benchmark run needs: where the inputs are, where to work and write, and how big
 * and long each measurement is. {@link #full} is the real run; {@link #quick} the CI smoke test
 * (the same measurements on small inputs, well under two minutes).
 */
public record BenchConfig(boolean quick, Path articles, Optional<Path> bbc, Path queries, Path work, Path out,
                          long seed, int repeats, int threads, int scaledArticles, int extractionArticles,
                          int ingestArticles, long storeTriples, Duration queryLength, List<Integer> clients,
                          int reingests, List<Integer> heapArticles, String childHeap, Set<String> sections,
                          boolean reuseStore, boolean bulkStore) {

    /** The parts of a run, in the order they run; a run may pick some of them. */
    public static final List<String> SECTIONS = List.of("extraction", "ingest", "serving", "heap");

    public BenchConfig {
        sections = Set.copyOf(sections);
        if (!SECTIONS.containsAll(sections) || sections.isEmpty()) {
            throw new org.conflictkg.diag.KgException(org.conflictkg.diag.ErrorCode.CONFIG_INVALID,
                    "--sections takes some of " + SECTIONS + ", not " + sections);
        }
        bbc = bbc.filter(p -> p.toFile().isDirectory());
        clients = List.copyOf(clients);
        heapArticles = List.copyOf(heapArticles);
        if (repeats < 1 || threads < 1 || reingests < 1) {
            throw new org.conflictkg.diag.KgException(org.conflictkg.diag.ErrorCode.CONFIG_INVALID,
                    "--repeats, threads and re-ingests must be at least 1");
        }
        int largest = Math.max(heapArticles.stream().mapToInt(Integer::intValue).max().orElse(0),
                Math.max(extractionArticles, ingestArticles));
        if (scaledArticles < largest) {
            scaledArticles = largest;
        }
    }

    /** The full benchmark: 100k scaled articles, a 10M-triple store, 10 s per latency run. */
    public static BenchConfig full(Path articles, Optional<Path> bbc, Path queries, Path work, Path out, long seed) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new BenchConfig(false, articles, bbc, queries, work, out, seed, 3, cores, 100_000, 2_000, 1_000,
                10_000_000, Duration.ofSeconds(10), List.of(1, 4, 16), 5, List.of(10_000, 100_000), "512m",
                Set.copyOf(SECTIONS), false, false);
    }

    /** The smoke test: every figure, on a few hundred articles, in well under two minutes. */
    public static BenchConfig quick(Path articles, Optional<Path> bbc, Path queries, Path work, Path out, long seed) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new BenchConfig(true, articles, bbc, queries, work, out, seed, 2, cores, 90, 40, 30,
                15_000, Duration.ofMillis(300), List.of(1, 4, 16), 3, List.of(30, 90), "512m",
                Set.copyOf(SECTIONS), false, false);
    }
}
