package org.conflictkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.bench.CorpusScaler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scale}: write a large realistic corpus recombined from real articles. */
@Command(name = "scale", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes COUNT articles recombined from the conflict articles (and the BBC corpus when "
                + "present): paragraphs of real articles with their actors, weapons and numbers substituted "
                + "from the lexicon and by invented names, so the graph grows with new entities, quotations "
                + "and positions. Deterministic for a seed; the first N articles of a larger corpus are the "
                + "N-article corpus. An existing corpus with the same seed and sources is reused."})
final class ScaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COUNT", description = "How many articles (e.g. 1000, 10000, 100000).")
    int count;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write (created).")
    Path out;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "The conflict articles to scale from (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--bbc", paramLabel = "DIR", defaultValue = BenchCommand.DEFAULT_BBC,
            description = "General news to mix in, read in place (default: ${DEFAULT-VALUE}, if present).")
    Path bbc;

    @Option(names = "--no-bbc", description = "Ignore the BBC corpus even if present.")
    boolean noBbc;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        List<Path> general = noBbc || !Files.isDirectory(bbc) ? List.of() : List.of(bbc);
        CorpusScaler.Corpus c = CorpusScaler.from(articles, general, seed).ensure(out, count);
        spec.commandLine().getErr().println((c.reused() ? "reused " : "wrote ") + c.files().size() + " articles ("
                + c.bytes() + " bytes) in " + out + " in " + String.format("%.1f", c.seconds()) + " s");
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
