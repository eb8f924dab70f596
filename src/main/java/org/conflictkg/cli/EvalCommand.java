package org.conflictkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.eval.ArticleTexts;
import org.conflictkg.eval.EvalReport;
import org.conflictkg.eval.Extraction;
import org.conflictkg.eval.GoldStandard;
import org.conflictkg.eval.Scorer;
import org.conflictkg.query.ExtractionExport;
import org.conflictkg.store.IngestReport;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: extract the gold file's articles into a scratch store, export, score. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores extraction against a gold file: ingests the articles the gold file names "
                + "into a scratch in-memory store, exports them by SPARQL as 'export' does, and prints "
                + "precision, recall and F1 per category (the gold format's rules).",
                "Articles missing from --articles are listed and count as not found."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold file (\"schema\": \"gold/1\").")
    Path gold;

    @Option(names = "--articles", defaultValue = "data/articles", paramLabel = "DIR",
            description = "Directory holding the gold file's articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores and details as JSON.")
    Path json;

    @Option(names = "--details", description = "List every false positive and false negative with its text.")
    boolean details;

    @Override
    public Integer call() {
        GoldStandard g = GoldStandard.read(gold);
        if (!Files.isDirectory(articles)) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, articles + ": no such directory; give the "
                    + "articles of " + gold + " with --articles DIR");
        }
        List<Path> files = new ArrayList<>();
        for (String name : g.documents().keySet()) {
            Path f = articles.resolve(name);
            if (Files.isRegularFile(f)) {
                files.add(f);
            } else {
                spec.commandLine().getErr().println("warning: " + f + ": article named in " + gold + " not found");
            }
        }
        if (files.isEmpty()) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, articles + ": none of the " + g.documents().size()
                    + " articles named in " + gold + " is there; give their directory with --articles DIR");
        }
        EvalReport report;
        try (KgStore scratch = KgStore.scratch()) {
            IngestReport ingest = new Ingester(scratch).ingest(files, false,
                    new ProgressPrinter(spec.commandLine().getErr(), "a scratch store"));
            ingest.failures().forEach(f -> spec.commandLine().getErr().println("warning: not scored: "
                    + ProgressPrinter.describe(f.file(), f.message())));
            Extraction system = Extraction.fromJson(new ExtractionExport(scratch.dataset()).toJson(),
                    "export of " + articles);
            report = new Scorer(presentTexts(articles)).score(g, system);
        }
        report.printTable(spec.commandLine().getOut(), details);
        if (json != null) {
            write(json, report.toJsonString());
            spec.commandLine().getErr().println("wrote " + json);
        }
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }

    /** Texts for trimming quote spans; an article that is not there is compared untrimmed. */
    private static ArticleTexts presentTexts(Path dir) {
        ArticleTexts texts = ArticleTexts.directory(dir);
        return name -> Files.isRegularFile(dir.resolve(name)) ? texts.codePoints(name) : Optional.empty();
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
