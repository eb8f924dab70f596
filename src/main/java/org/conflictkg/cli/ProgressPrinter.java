package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.IngestReport;

/** Ingest progress, one line per article, on the command's stderr. */
final class ProgressPrinter implements IngestListener {

    private final PrintWriter err;
    private final String into;

    ProgressPrinter(PrintWriter err, String into) {
        this.err = err;
        this.into = into;
    }

    @Override
    public void started(int files) {
        line("ingesting " + files + " article file(s) into " + into);
    }

    @Override
    public void ingested(int index, int files, Path file, String articleId, long triples) {
        line("[" + index + "/" + files + "] " + file + ": " + triples + " triples");
    }

    @Override
    public void skipped(int index, int files, Path file, String articleId) {
        line("[" + index + "/" + files + "] " + file + ": unchanged, kept");
    }

    @Override
    public void failed(int index, int files, Path file, String message) {
        line("[" + index + "/" + files + "] FAILED " + describe(file, message));
    }

    @Override
    public void finished(IngestReport report) {
        line(report.toString());
    }

    /** "file: message", without naming the file twice when the message already starts with it. */
    static String describe(Path file, String message) {
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }

    private void line(String s) {
        err.println(s);
        err.flush();
    }
}
