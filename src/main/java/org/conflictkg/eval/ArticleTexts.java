package org.conflictkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Where the scorer finds an article's text (as code points) by its file name. Without texts, quote
 * spans are compared untrimmed.
 */
@FunctionalInterface
public interface ArticleTexts {

    Optional<int[]> codePoints(String fileName);

    static ArticleTexts none() {
        return name -> Optional.empty();
    }

    /** Texts read from a directory of articles; a gold document missing there is a fatal error. */
    static ArticleTexts directory(Path dir) {
        return name -> {
            Path file = dir.resolve(name);
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8).codePoints().toArray());
            } catch (IOException e) {
                throw new KgException(ErrorCode.ARTICLE_UNREADABLE, file + ": cannot read the article the gold file"
                        + " names (" + e.getMessage() + "); pass the directory holding it with --articles", e);
            }
        };
    }
}
