package org.conflictkg.server;

import java.time.Duration;
import java.util.Objects;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * How the server listens: host (loopback unless told otherwise), port (0 picks a free one) and the
 * longest a query may run before it is cancelled with a 503.
 */
public record ServerConfig(String host, int port, Duration queryTimeout) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (host.isBlank()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--host must not be empty; use localhost or an address");
        }
        if (port < 0 || port > 65535) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--port " + port + " is not a port (0-65535; 0 = any free)");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--timeout must be positive, not " + queryTimeout);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, queryTimeout);
    }

    /** Loopback hosts only answer this machine; anything else is reachable from the network. */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
