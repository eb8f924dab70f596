package org.conflictkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.query.ExtractionExport;
import org.conflictkg.query.RdfDump;
import org.conflictkg.query.view.View;
import org.conflictkg.query.view.ViewExport;
import org.conflictkg.query.view.ViewFormat;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the extraction JSON (default), a graph view for visualisation (JSON-LD, GraphML,
 * Cytoscape.js, DOT, Turtle; built by the CONSTRUCT queries of queries/views/) or every named
 * graph of the store (TriG, N-Quads).
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes what the store holds, read from the graph by SPARQL.",
            "extraction: the extraction JSON (\"schema\": \"extraction/1\") that 'eval' and the reference scorer read.",
            "jsonld, graphml, cytoscape, dot, turtle: the --view network of actors, decisions and weapon systems "
                    + "(stance, role and decision-participation edges weighted by articles), built by "
                    + "queries/views/*.rq; JSON-LD uses the context " + "https://w3id.org/conflict-kg/context.jsonld.",
            "trig, nquads: every article graph (the file must be named .trig / .nq)."})
final class ExportCommand implements Callable<Integer> {

    /** What {@code --format} accepts. */
    enum Format {
        EXTRACTION, JSONLD, GRAPHML, CYTOSCAPE, DOT, TURTLE, TRIG, NQUADS
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--format", defaultValue = "extraction", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "extraction | jsonld | graphml | cytoscape | dot | turtle | trig | nquads "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--view", defaultValue = "network", paramLabel = "VIEW",
            description = "For the graph formats: network (all), stance, role or decision (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--embed-context", description = "JSON-LD: embed the @context instead of referring to its URL.")
    boolean embedContext;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            throw new KgException(ErrorCode.STORE_FAILURE, store.store + ": no store here; run 'ingest' first "
                    + "or give --store DIR");
        }
        View v = View.parse(view);
        try (KgStore kg = KgStore.open(store.store)) {
            String done = switch (format) {
                case EXTRACTION -> {
                    new ExtractionExport(kg.dataset()).write(out);
                    yield kg.articleIds().size() + " article(s)";
                }
                case TRIG, NQUADS -> {
                    requireExtension();
                    yield RdfDump.write(kg.dataset(), out) + " quad(s)";
                }
                default -> writeView(kg, v);
            };
            spec.commandLine().getOut().println("wrote " + done + " to " + out);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private String writeView(KgStore kg, View v) {
        ViewExport.Summary s = ViewExport.write(kg.dataset(), v, ViewFormat.parse(format.name()), embedContext, out);
        return s.nodes() + " node(s) and " + s.edges() + " edge(s) of the " + view + " view";
    }

    /** The dump picks its syntax from the file name; a name that says otherwise is a mistake. */
    private void requireExtension() {
        boolean trig = RdfDump.formatOf(out).getLang().getName().equalsIgnoreCase("TriG");
        if (trig != (format == Format.TRIG)) {
            throw new KgException(ErrorCode.CONFIG_INVALID, out + ": --format " + format.name().toLowerCase(Locale.ROOT)
                    + " needs a file named " + (format == Format.TRIG ? ".trig" : ".nq"));
        }
    }

    /** Case-insensitive format names with the list of valid ones in the error. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            try {
                return Format.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + s
                        + "'; use extraction, jsonld, graphml, cytoscape, dot, turtle, trig or nquads");
            }
        }
    }
}
