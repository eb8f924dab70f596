package org.conflictkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Reads an article file into a {@link Document}. Text is decoded as strict UTF-8; the article id
 * is the file name without its extension, so an article keeps its identity across runs and
 * machines. Failures are {@link KgException}s naming the file and what to do.
 */
public final class ArticleReader {

    public Document read(Path file) {
        String fileName = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, file + ": cannot read (" + e.getMessage()
                    + "); check the path and permissions", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, file + ": not valid UTF-8; re-save it as UTF-8", e);
        }
        return new Document(articleId(fileName), fileName, text, ArticleMetadata.NONE);
    }

    /** The stable article id: the file name without extension, restricted to IRI-safe characters. */
    public static String articleId(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String id = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        return id.isEmpty() ? "article" : id;
    }
}
