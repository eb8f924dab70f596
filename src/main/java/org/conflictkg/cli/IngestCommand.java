package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.store.IngestReport;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest}: extract articles and replace their graphs in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extracts the articles (a directory stands for the *.txt files directly in it) and "
                + "replaces each one's named graph in the store. Articles whose text is unchanged since "
                + "their last ingest are kept as they are unless --force is given.",
                "Progress goes to stderr. Exits 0 even when some articles failed (they are listed); "
                        + "non-zero only when nothing could be ingested."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or directories of them.")
    List<Path> inputs;

    @Option(names = "--force", description = "Re-extract articles even when their text is unchanged.")
    boolean force;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.open(store.store)) {
            IngestReport report = new Ingester(kg).ingest(inputs, !force,
                    new ProgressPrinter(spec.commandLine().getErr(), store.store.toString()));
            return summarise(spec, report);
        }
    }

    /** Prints the failures; the exit code says whether anything at all was done. */
    static int summarise(CommandSpec spec, IngestReport report) {
        var err = spec.commandLine().getErr();
        if (!report.failures().isEmpty()) {
            err.println(report.failed() + " article(s) not ingested:");
            report.failures().forEach(f -> err.println("  " + ProgressPrinter.describe(f.file(), f.message())));
        }
        err.flush();
        if (report.ingested() + report.skipped() == 0) {
            err.println(spec.commandLine().getCommandName() + ": error: no article could be ingested"
                    + (report.files() == 0 ? " (no *.txt files found in the given paths)" : ""));
            err.flush();
            return ExitCodes.NOTHING_DONE;
        }
        return ExitCodes.OK;
    }
}
