package org.conflictkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictkg.bench.Bench;
import org.conflictkg.bench.BenchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: measure extraction, ingest, query latency, re-ingest and heap on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs every benchmark in one process and writes bench.json and bench.md: extraction "
                + "throughput (real and scaled corpus, 1 thread and all cores, with a sampled profile), ingest "
                + "against Jena's TDB2 parallel loader, SPARQL latency p50/p95/p99 at 1, 4 and 16 clients on a "
                + "store of --store-triples, re-ingest visibility, and peak heap in a child JVM.",
                "The full run takes tens of minutes; --quick runs every measurement on small inputs in well "
                        + "under two minutes (a smoke test: it must finish, its numbers mean little).",
                "Progress goes to stderr. Scaled corpora and stores are kept in --work (corpora are reused)."})
final class BenchCommand implements Callable<Integer> {

    static final String DEFAULT_BBC = "../shared/bench/bbc";

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small inputs and short runs (CI smoke test).")
    boolean quick;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "The conflict articles to scale from (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--bbc", paramLabel = "DIR", defaultValue = DEFAULT_BBC,
            description = "A general news corpus (BBC News, *.txt in sub-directories), read in place, never "
                    + "copied; used for extraction throughput and mixed into the scaled corpus when present "
                    + "(default: ${DEFAULT-VALUE}).")
    Path bbc;

    @Option(names = "--no-bbc", description = "Ignore the BBC corpus even if present.")
    boolean noBbc;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "The analyst queries (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Scratch space for scaled corpora and stores (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-out",
            description = "Where bench.json and bench.md go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the scaled corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeats", description = "Repeats of each measurement (default: 3, quick 2).")
    Integer repeats;

    @Option(names = "--store-triples", description = "Size of the served store (default: 10000000, quick 50000).")
    Long storeTriples;

    @Option(names = "--query-seconds", description = "Length of each latency run (default: 10, quick 0.5).")
    Double querySeconds;

    @Option(names = "--heap-articles", split = ",", description = "The two stream lengths of the heap probe "
            + "(default: 10000,100000; quick 100,300).")
    java.util.List<Integer> heapArticles;

    @Option(names = "--scaled-articles", description = "Size of the scaled corpus (default: 100000, quick 150; "
            + "raised to the largest stream any measurement needs).")
    Integer scaledArticles;

    @Option(names = "--sections", split = ",", paramLabel = "NAME",
            description = "Run only these parts: extraction, ingest, serving, heap (default: all).")
    java.util.List<String> sections;

    @Option(names = "--reuse-store", description = "Reuse the serving store a previous run built for the same "
            + "--store-triples and --seed (in --work) instead of building it again.")
    boolean reuseStore;

    @Option(names = "--bulk-store", description = "Build the serving store by feeding extraction straight into "
            + "Jena's parallel loader instead of ingesting (much faster where ingest's transactional writes are "
            + "slow); re-ingest is measured with the ingester either way.")
    boolean bulkStore;

    @Override
    public Integer call() {
        Optional<Path> general = noBbc || !Files.isDirectory(bbc) ? Optional.empty() : Optional.of(bbc);
        BenchConfig base = quick ? BenchConfig.quick(articles, general, queries, work, out, seed)
                : BenchConfig.full(articles, general, queries, work, out, seed);
        BenchConfig c = new BenchConfig(base.quick(), base.articles(), base.bbc(), base.queries(), base.work(),
                base.out(), base.seed(), repeats != null ? repeats : base.repeats(), base.threads(),
                scaledArticles != null ? scaledArticles : base.scaledArticles(), base.extractionArticles(), base.ingestArticles(),
                storeTriples != null ? storeTriples : base.storeTriples(),
                querySeconds != null ? java.time.Duration.ofMillis(Math.round(querySeconds * 1000)) : base.queryLength(),
                base.clients(), base.reingests(), heapArticles != null ? heapArticles : base.heapArticles(),
                base.childHeap(), sections != null ? new java.util.HashSet<>(sections) : base.sections(), reuseStore,
                bulkStore);
        Bench.run(c, spec.commandLine().getErr());
        spec.commandLine().getOut().println(c.out().resolve("bench.json"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
