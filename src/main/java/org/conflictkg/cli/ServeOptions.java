package org.conflictkg.cli;

import java.nio.file.Path;
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
                    + "On any non-loopback host, SERVICE (federated queries) is switched off.")
    String host;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "S",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}); a longer query gets a 503.")
    double timeoutSeconds;
}
