package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.conflictkg.server.AdminCredentials;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code serve}, also taken by the bare command (which serves). */
final class ServeOptions {

    @Mixin
    StoreOption store;

    @Option(names = "--articles", defaultValue = "data/articles", paramLabel = "DIR",
            description = "Articles (*.txt) to keep the store in step with (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "H",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 = every interface). "
                    + "Anything but a loopback host makes the server reachable from the network.")
    String host;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "S",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}); a longer query gets a 503.")
    double timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N",
            description = "Most rows one query answers with (default: ${DEFAULT-VALUE}); a query without a "
                    + "LIMIT, or with a larger one, is cut there.")
    long maxRows;

    @Option(names = "--service-allow", paramLabel = "URL",
            description = "SPARQL endpoint a federated query (SERVICE) may call; repeat for several; "
                    + "'none' switches SERVICE off (default: https://query.wikidata.org/sparql).")
    List<String> serviceAllow;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Users of the update endpoints (/kg-admin/update, /kg-admin/data), 'user: password' "
                    + "lines (Jetty realm format). Without it, " + AdminCredentials.ENV_USER + " and "
                    + AdminCredentials.ENV_PASSWORD + " are read; with neither there is no update endpoint.")
    Path credentials;
}
