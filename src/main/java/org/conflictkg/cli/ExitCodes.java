package org.conflictkg.cli;

import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and an exit code (listed in {@code --help}). A
 * {@link KgException}'s message already names the file and what to do; anything else is a bug,
 * reported as such with its stack trace.
 */
final class ExitCodes implements IExecutionExceptionHandler {

    static final int OK = 0;
    static final int NOTHING_DONE = 1;
    static final int UNEXPECTED = 1;

    static int of(ErrorCode code) {
        return switch (code) {
            case CONFIG_INVALID -> 2;
            case ARTICLE_UNREADABLE, ARTICLE_REJECTED, METADATA_INVALID -> 3;
            case QUERY_INVALID -> 4;
            case GOLD_INVALID -> 5;
            case STORE_FAILURE -> 6;
            case SERVER_FAILURE -> 7;
            case DATA_FILE_INVALID -> 8;
        };
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof KgException kg) {
            cmd.getErr().println(cmd.getCommandName() + ": error: " + oneLine(kg.getMessage()));
            cmd.getErr().flush();
            return of(kg.code());
        }
        cmd.getErr().println(cmd.getCommandName() + ": internal error: " + oneLine(String.valueOf(ex))
                + " (a bug: please report it with the trace below)");
        ex.printStackTrace(cmd.getErr());
        cmd.getErr().flush();
        return UNEXPECTED;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
