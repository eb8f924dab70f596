package org.conflictkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve}: bring the store up to date with the articles directory, then serve it. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Brings the store up to date with the articles directory (new and changed articles "
                + "are extracted, unchanged ones kept, graphs of articles no longer there removed), then "
                + "serves it until stopped (Ctrl-C):",
                "  UI (query editor)  http://HOST:PORT/",
                "  SPARQL query       http://HOST:PORT/kg/sparql (also /kg/query)",
                "  Graph Store, read  http://HOST:PORT/kg/get?graph=IRI (also /kg/data)",
                "The default graph is the union of all article graphs. Only with --credentials FILE (or",
                "CONFLICT_KG_ADMIN_USER and CONFLICT_KG_ADMIN_PASSWORD) are there update endpoints, behind HTTP Basic:",
                "  SPARQL update      http://HOST:PORT/kg-admin/update",
                "  Graph Store, write http://HOST:PORT/kg-admin/data?graph=IRI (PUT, POST, DELETE)",
                "See docs/OPERATING.md."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServeOptions options;

    @Override
    public Integer call() {
        return new Serving(spec, options).run();
    }
}
