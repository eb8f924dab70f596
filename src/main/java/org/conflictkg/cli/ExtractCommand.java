package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.query.RdfDump;
import org.conflictkg.store.IngestReport;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: articles to an RDF file, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extracts the articles and writes all their named graphs to one RDF file, TriG or "
                + "N-Quads by the file's extension (.trig, .nq). No store is touched.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or directories of them.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .trig or .nq.")
    Path out;

    @Override
    public Integer call() {
        RdfDump.formatOf(out); // a bad extension fails before any work is done
        try (KgStore scratch = KgStore.scratch()) {
            IngestReport report = new Ingester(scratch).ingest(inputs, false,
                    new ProgressPrinter(spec.commandLine().getErr(), "memory"));
            int code = IngestCommand.summarise(spec, report);
            if (code != ExitCodes.OK) {
                return code;
            }
            long quads = RdfDump.write(scratch.dataset(), out);
            spec.commandLine().getOut().println("wrote " + report.ingested() + " article graph(s), " + quads
                    + " quads to " + out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
