package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.server.KgServer;
import org.conflictkg.server.ServerConfig;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.conflictkg.text.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: bring the store up to date with the articles directory, then serve it read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Brings the store up to date with the articles directory (new and changed articles "
                + "are extracted, unchanged ones kept, graphs of articles no longer there removed), then "
                + "serves it read-only until stopped (Ctrl-C):",
                "  UI (query editor)  http://HOST:PORT/",
                "  SPARQL query       http://HOST:PORT/kg/sparql (also /kg/query)",
                "  Graph Store, read  http://HOST:PORT/kg/get?graph=IRI (also /kg/data)",
                "The default graph is the union of all article graphs. There is no update endpoint."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--articles", defaultValue = "data/articles", paramLabel = "DIR",
            description = "Articles (*.txt) to keep the store in step with (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "H",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 = every interface, "
                    + "which also turns SERVICE off in queries).")
    String host;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "S",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}); a longer query gets a 503.")
    double timeoutSeconds;

    @Override
    public Integer call() {
        ServerConfig config = new ServerConfig(host, port, Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KgStore kg = KgStore.open(store.store);
        try {
            update(kg, err);
            KgServer server = KgServer.start(kg.dataset(), config);
            Thread stopper = new Thread(() -> close(server, kg), "ckg-shutdown");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                out.println("conflict-kg " + ExtractionRun.runningVersion() + ": "
                        + kg.articleIds().size() + " article graph(s) from " + store.store);
                out.println("  UI (query editor)  " + server.baseUri());
                out.println("  SPARQL query       " + server.sparqlUri() + "  (also " + ServerConfig.DATASET
                        + "/query)");
                out.println("  Graph Store, read  " + server.graphStoreUri() + "?graph=IRI  (also "
                        + ServerConfig.DATASET + "/data)");
                out.println("read-only; query timeout " + config.queryTimeout().toMillis() + " ms; Ctrl-C stops");
                out.flush();
                server.join();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running and closes everything itself
                    return ExitCodes.OK;
                }
                close(server, kg);
            }
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
        return ExitCodes.OK;
    }

    private static synchronized void close(KgServer server, KgStore kg) {
        try {
            server.close();
        } finally {
            kg.close();
        }
    }

    /** Ingests new and changed articles and drops the graphs of articles no longer in the directory. */
    private void update(KgStore kg, PrintWriter err) {
        if (!Files.isDirectory(articles)) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--articles")) {
                throw new KgException(ErrorCode.CONFIG_INVALID, articles + ": no such directory; give the "
                        + "articles directory with --articles DIR");
            }
            err.println("note: no " + articles + " directory here; serving " + store.store + " as it is");
            err.flush();
            return;
        }
        new Ingester(kg).ingest(List.of(articles), true, new ProgressPrinter(err, store.store.toString()));
        Set<String> present = articleIds(articles);
        for (String id : kg.articleIds()) {
            if (!present.contains(id)) {
                kg.removeArticle(id);
                err.println("removed " + id + " (no longer in " + articles + ")");
            }
        }
        err.flush();
    }

    private static Set<String> articleIds(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> ids = new TreeSet<>();
            files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .forEach(f -> ids.add(ArticleReader.articleId(f.getFileName().toString())));
            return ids;
        } catch (IOException e) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, dir + ": cannot list the articles ("
                    + e.getMessage() + ")", e);
        }
    }
}
