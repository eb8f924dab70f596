package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.server.AdminCredentials;
import org.conflictkg.server.KgServer;
import org.conflictkg.server.ServerConfig;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.conflictkg.text.ArticleReader;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One run of serve, for {@code serve} and the bare command alike: update the store from the
 * articles directory, start the server (with update endpoints only when credentials are given),
 * print where it listens, block until stopped. A shutdown
 * hook (Ctrl-C, SIGTERM) or an interrupt stops the server and closes the store cleanly.
 */
final class Serving {

    private final CommandSpec spec;
    private final ServeOptions o;

    Serving(CommandSpec spec, ServeOptions options) {
        this.spec = spec;
        this.o = options;
    }

    int run() {
        ServerConfig config = config(o, System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KgStore kg = KgStore.open(o.store.store);
        KgServer server;
        try {
            update(kg, err);
            server = KgServer.start(kg.dataset(), config);
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
        Thread stopper = new Thread(() -> close(server, kg), "ckg-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            out.println("conflict-kg " + ExtractionRun.runningVersion() + ": " + kg.articleIds().size()
                    + " article graph(s) from " + o.store.store);
            out.println("  UI (query editor)  " + server.baseUri());
            out.println("  SPARQL query       " + server.sparqlUri() + "  (also " + ServerConfig.DATASET + "/query)");
            out.println("  Graph Store, read  " + server.graphStoreUri() + "?graph=IRI  (also " + ServerConfig.DATASET
                    + "/data)");
            server.updateUri().ifPresent(u -> out.println("  SPARQL update      " + u + "  (HTTP Basic, "
                    + config.admin().orElseThrow().users().size() + " user(s))"));
            server.adminGraphStoreUri().ifPresent(u -> out.println("  Graph Store, write " + u + "?graph=IRI"));
            out.println((config.admin().isPresent() ? "updates need a login" : "read-only") + "; query timeout "
                    + config.queryTimeout().toMillis() + " ms; at most " + config.maxRows() + " rows; SERVICE to "
                    + (config.serviceAllowList().isEmpty() ? "nothing" : String.join(", ", config.serviceAllowList()))
                    + "; Ctrl-C stops");
            out.flush();
            server.join();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
                close(server, kg);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting: the hook is closing everything itself.
            }
        }
        return ExitCodes.OK;
    }

    /** The server settings from the options, credentials from --credentials or else the environment. */
    static ServerConfig config(ServeOptions o, Map<String, String> env) {
        List<String> services = o.serviceAllow == null ? ServerConfig.DEFAULT_SERVICES : o.serviceAllow;
        if (services.contains("none")) {
            if (services.size() > 1) {
                throw new KgException(ErrorCode.CONFIG_INVALID, "--service-allow none cannot be combined with URLs");
            }
            services = List.of();
        }
        Optional<AdminCredentials> admin = o.credentials != null
                ? Optional.of(AdminCredentials.fromFile(o.credentials))
                : AdminCredentials.fromEnvironment(env);
        return new ServerConfig(o.host, o.port, Duration.ofMillis(Math.round(o.timeoutSeconds * 1000)), o.maxRows,
                services, admin);
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
        Path articles = o.articles;
        if (!Files.isDirectory(articles)) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--articles")) {
                throw new KgException(ErrorCode.CONFIG_INVALID, articles + ": no such directory; give the "
                        + "articles directory with --articles DIR");
            }
            err.println("note: no " + articles + " directory here; serving " + o.store.store + " as it is");
            err.flush();
            return;
        }
        new Ingester(kg).ingest(List.of(articles), true, new ProgressPrinter(err, o.store.store.toString()));
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
