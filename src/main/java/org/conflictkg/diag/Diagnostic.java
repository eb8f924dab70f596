package org.conflictkg.diag;

import java.util.Optional;
import org.conflictkg.text.CharSpan;

/**
 * A recoverable problem found while processing one article: where (a span, when there is one),
 * how bad, and a message a user can act on.
 */
public record Diagnostic(Severity severity, String source, Optional<CharSpan> span, String message) {

    public enum Severity { INFO, WARNING, ERROR }

    public static Diagnostic warning(String source, CharSpan span, String message) {
        return new Diagnostic(Severity.WARNING, source, Optional.of(span), message);
    }

    /** Something the user may want to know that changes nothing (e.g. line endings normalised). */
    public static Diagnostic info(String source, String message) {
        return new Diagnostic(Severity.INFO, source, Optional.empty(), message);
    }

    public static Diagnostic warning(String source, String message) {
        return new Diagnostic(Severity.WARNING, source, Optional.empty(), message);
    }

    @Override
    public String toString() {
        return severity + " " + source + span.map(s -> " at " + s).orElse("") + ": " + message;
    }
}
