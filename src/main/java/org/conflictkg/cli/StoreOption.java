package org.conflictkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the TDB2 store directory (created when missing). */
final class StoreOption {

    static final String DEFAULT = "kg-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 store directory, created if missing (default: ${DEFAULT-VALUE}).")
    Path store;
}
