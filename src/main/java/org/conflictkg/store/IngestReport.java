package org.conflictkg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.conflictkg.diag.Diagnostic;

/**
 * What one ingest did: how many files it saw, wrote, skipped as unchanged and could not take,
 * which files failed and why, the diagnostics the extractors raised, the triples it wrote and how
 * long it took. It does not count the store: on a store of millions of quads that scan would cost
 * more than a small ingest itself ({@link KgStore#quadCount} does it on demand).
 */
public record IngestReport(int files, int ingested, int skipped, List<Failure> failures,
                           List<FileDiagnostic> diagnostics, long triplesWritten,
                           Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
        diagnostics = List.copyOf(diagnostics);
    }

    /** An article that was not ingested; the store keeps what it had for it before. */
    public record Failure(Path file, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    /** A recoverable problem in one file. */
    public record FileDiagnostic(Path file, Diagnostic diagnostic) {
        @Override
        public String toString() {
            return file.getFileName() + ": " + diagnostic;
        }
    }

    public int failed() {
        return failures.size();
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        return files + " files: " + ingested + " ingested, " + skipped + " unchanged, " + failed() + " failed; "
                + triplesWritten + " triples written, "
                + elapsed.toMillis() + " ms";
    }
}
