package org.conflictkg.diag;

/**
 * The one exception type for fatal problems. The message is meant for a user: it names the file,
 * the offset where known, and what to do.
 */
public final class KgException extends RuntimeException {

    private final ErrorCode code;

    public KgException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public KgException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
