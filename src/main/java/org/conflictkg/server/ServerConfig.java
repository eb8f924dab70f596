package org.conflictkg.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * How the server listens and what it lets a request do: host (loopback unless told otherwise),
 * port (0 picks a free one), the longest a query may run before it is cancelled with a 503, the
 * most rows a query answers with, the SERVICE endpoints a federated query may reach, and the
 * credentials of the update endpoints (absent: no update endpoint at all).
 */
public record ServerConfig(String host, int port, Duration queryTimeout, long maxRows, List<String> serviceAllowList,
                           Optional<AdminCredentials> admin) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** The one endpoint the shipped federated queries call. */
    public static final List<String> DEFAULT_SERVICES = List.of("https://query.wikidata.org/sparql");
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** The authenticated update endpoints' dataset path (same data as {@link #DATASET}). */
    public static final String ADMIN_DATASET = "/kg-admin";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(admin, "admin");
        serviceAllowList = List.copyOf(serviceAllowList);
        if (host.isBlank()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--host must not be empty; use localhost or an address");
        }
        if (port < 0 || port > 65535) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--port " + port + " is not a port (0-65535; 0 = any free)");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--timeout must be positive, not " + queryTimeout);
        }
        if (maxRows < 1) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "--max-rows must be at least 1, not " + maxRows);
        }
        for (String s : serviceAllowList) {
            if (!s.startsWith("http://") && !s.startsWith("https://")) {
                throw new KgException(ErrorCode.CONFIG_INVALID, "--service-allow " + s
                        + " is not an http(s) endpoint URL (or say --service-allow none)");
            }
        }
    }

    /** Read-only, default row cap and SERVICE allow-list. */
    public ServerConfig(String host, int port, Duration queryTimeout) {
        this(host, port, queryTimeout, DEFAULT_MAX_ROWS, DEFAULT_SERVICES, Optional.empty());
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, queryTimeout, maxRows, serviceAllowList, admin);
    }

    public ServerConfig withMaxRows(long n) {
        return new ServerConfig(host, port, queryTimeout, n, serviceAllowList, admin);
    }

    public ServerConfig withServiceAllowList(List<String> urls) {
        return new ServerConfig(host, port, queryTimeout, maxRows, urls, admin);
    }

    public ServerConfig withAdmin(AdminCredentials credentials) {
        return new ServerConfig(host, port, queryTimeout, maxRows, serviceAllowList, Optional.of(credentials));
    }

    /** Loopback hosts only answer this machine; anything else is reachable from the network. */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
