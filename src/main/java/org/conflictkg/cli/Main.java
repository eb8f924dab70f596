package org.conflictkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code conflict-kg}: news articles to a knowledge graph served over SPARQL. Without a command
 * it runs {@code serve} with its defaults: the store in ./kg-store brought up to date with
 * data/articles, then served at http://localhost:3030/.
 */
@Command(name = "conflict-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Builds a knowledge graph of actors, weapons, policies and stated positions from news "
                + "articles, with every fact traced to its span, and serves it over SPARQL.",
                "Without a command it serves (the options below are serve's): the store in kg-store is "
                        + "brought up to date with data/articles, then served at http://localhost:3030/."},
        footerHeading = "%nExamples:%n", footer = {
                "  java -jar conflict-kg.jar                      serve data/articles on http://localhost:3030/",
                "  java -jar conflict-kg.jar ingest new/ --store kg-store",
                "  java -jar conflict-kg.jar query q.rq --store kg-store --format csv",
                "  java -jar conflict-kg.jar eval --gold data/gold/seed-gold.json --details"},
        subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class, QueryCommand.class,
                ExportCommand.class, EvalCommand.class, BenchCommand.class, ScaleCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:success (ingest: also when some articles failed; they are listed)",
                "1:nothing could be done, or an unexpected failure",
                "2:invalid command line or configuration",
                "3:an article or its metadata cannot be read",
                "4:a query file is missing or not valid SPARQL",
                "5:a gold or export file does not follow its schema",
                "6:the store cannot be opened or written",
                "7:the server cannot start (port taken?)",
                "8:a shipped data file is malformed"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The bare command serves, so it takes serve's options too. */
    @Mixin
    ServeOptions serveOptions;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: error handling and exit codes included (tests use this). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ExitCodes());
        return cl;
    }

    @Override
    public Integer call() {
        return new Serving(spec, serveOptions).run();
    }
}
