package org.conflictkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash stored on each article node ({@code ckg:contentHash}): SHA-256, lower-case
 * hex. Strict UTF-8 decoding is lossless, so the hash of a file's bytes equals the hash of the
 * text read from it: a caller may use either.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
