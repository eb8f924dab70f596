package org.conflictkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: run a SPARQL file against the store. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs a SPARQL query file against the store (default graph = union of the article "
                + "graphs) and prints the result.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Result format (default: ${DEFAULT-VALUE}). CONSTRUCT/DESCRIBE print Turtle, "
                    + "N-Triples or JSON-LD.")
    String format;

    @Override
    public Integer call() {
        QueryRunner.Format f = QueryRunner.Format.parse(format);
        QueryRunner.parse(file); // report a bad query before opening (and locking) the store
        if (!Files.isDirectory(store.store)) {
            throw new KgException(ErrorCode.STORE_FAILURE, store.store + ": no store here; run 'ingest' first "
                    + "or give --store DIR");
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (KgStore kg = KgStore.open(store.store)) {
            new QueryRunner().run(kg.dataset(), file, f, buf);
        }
        spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
