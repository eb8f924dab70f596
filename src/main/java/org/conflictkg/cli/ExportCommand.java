package org.conflictkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.query.ExtractionExport;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the extraction JSON, read from the store by SPARQL. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the extraction export (JSON, \"schema\": \"extraction/1\") of everything the "
                + "store holds, read from the graph by SPARQL; 'eval' and the reference scorer read it.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSON file.")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            throw new KgException(ErrorCode.STORE_FAILURE, store.store + ": no store here; run 'ingest' first "
                    + "or give --store DIR");
        }
        try (KgStore kg = KgStore.open(store.store)) {
            new ExtractionExport(kg.dataset()).write(out);
            spec.commandLine().getOut().println("wrote " + kg.articleIds().size() + " article(s) to " + out);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
