package org.conflictkg.text;

import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * How {@link ArticleReader} guards its input. {@code maxBytes} caps an article file's size: the
 * reader holds the whole text and its offset tables in memory (about ten bytes per character), so
 * the cap keeps one oversized file from taking the heap of a corpus run. The default, 50 MiB, is
 * far above any news article and leaves room for whole-book tests.
 */
public record ReaderSettings(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final ReaderSettings DEFAULT = new ReaderSettings(DEFAULT_MAX_BYTES);

    /** Java arrays stop a little below 2^31; the text is held in one. */
    private static final long HARD_LIMIT = Integer.MAX_VALUE - 16;

    public ReaderSettings {
        if (maxBytes < 1 || maxBytes > HARD_LIMIT) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "article size limit must be between 1 and "
                    + HARD_LIMIT + " bytes, got " + maxBytes);
        }
    }
}
