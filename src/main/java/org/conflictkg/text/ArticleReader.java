package org.conflictkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.function.Consumer;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article file into a {@link Document}: its text, its stable id and the metadata of its
 * optional sidecar. The policy, also in {@code docs/INPUT.md}:
 * <ul>
 *   <li><b>Decoding</b> ({@link TextDecoder}): strict UTF-8; a UTF-8 byte order mark is dropped;
 *       UTF-16 LE/BE is decoded when it starts with its byte order mark. Invalid input is rejected
 *       with ARTICLE_UNREADABLE naming the file and the byte offset of the first bad byte;
 *       nothing is replaced or guessed. UTF-32 is rejected the same way.</li>
 *   <li><b>Content</b> ({@link ContentGuard}): ARTICLE_REJECTED for an empty or whitespace-only
 *       file (nothing to extract), a binary file (a NUL byte, or more than 5% control
 *       characters), an HTML page saved as text (starts with {@code <!DOCTYPE} or {@code <html}:
 *       rejected rather than stripped, see ContentGuard) and a file over the size cap of
 *       {@link ReaderSettings} (50 MiB by default).</li>
 *   <li><b>Normalisation</b> ({@link LineEndings}): CRLF and lone CR become LF, and that
 *       normalised text is what the Document (and the graph's {@code nif:isString}) holds: all
 *       offsets point into it. Nothing else changes: no Unicode NFC (it would move offsets), no
 *       trimming, a byte order mark in mid-text stays. A file with LF line endings (as the gold
 *       articles are) is therefore stored exactly as given and gold offsets apply unchanged.</li>
 *   <li><b>Metadata</b> ({@link MetadataReader}): a missing sidecar is fine; a malformed one is a
 *       WARNING diagnostic and the article is read with whatever fields were usable (possibly
 *       {@link ArticleMetadata#NONE}): one bad sidecar must not lose an article.</li>
 * </ul>
 * Reading is linear in the file size. Fatal problems are {@link KgException}s whose message names
 * the file and says what to do; recoverable ones go to the caller's diagnostics consumer (or the
 * log). Stateless and thread-safe.
 */
public final class ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    private final ReaderSettings settings;
    private final TextDecoder decoder = new TextDecoder();
    private final MetadataReader metadataReader = new MetadataReader();

    public ArticleReader() {
        this(ReaderSettings.DEFAULT);
    }

    public ArticleReader(ReaderSettings settings) {
        this.settings = settings;
    }

    /** Reads an article, logging any diagnostics. */
    public Document read(Path file) {
        return read(file, ArticleReader::log);
    }

    /** Reads an article, passing recoverable problems (bad sidecar, stray control characters) to {@code diagnostics}. */
    public Document read(Path file, Consumer<Diagnostic> diagnostics) {
        String source = file.toString();
        String text = text(source, bytes(file, source), diagnostics);
        ArticleMetadata metadata = metadataReader.read(file, diagnostics);
        String fileName = file.getFileName().toString();
        return new Document(articleId(fileName), fileName, text, metadata);
    }

    /**
     * Reads an article that arrives as bytes rather than a file (an upload, an archive entry), with
     * the same policy as {@link #read(Path, Consumer)}; {@code fileName} gives the id and names the
     * article in messages.
     */
    public Document read(String fileName, byte[] content, ArticleMetadata metadata, Consumer<Diagnostic> diagnostics) {
        if (content.length > settings.maxBytes()) {
            throw tooBig(fileName, content.length);
        }
        return new Document(articleId(fileName), fileName, text(fileName, content, diagnostics), metadata);
    }

    /** The article's text as stored: decoded, line endings normalised, checked to be an article. */
    private String text(String source, byte[] content, Consumer<Diagnostic> diagnostics) {
        String decoded = decoder.decode(content, source);
        String text = LineEndings.normalise(decoded);
        ContentGuard.check(text, source, diagnostics);
        if (text != decoded) {
            diagnostics.accept(Diagnostic.info(source, LineEndings.carriageReturns(decoded) + " CRLF/CR line"
                    + " ending(s) normalised to LF; offsets point into the normalised text"));
        }
        return text;
    }

    private byte[] bytes(Path file, String source) {
        try {
            if (Files.isDirectory(file)) {
                throw new KgException(ErrorCode.ARTICLE_UNREADABLE, source + ": is a directory, not an article file");
            }
            long size = Files.size(file);
            if (size > settings.maxBytes()) {
                throw tooBig(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // One byte over the cap tells a file that grew since size() from one that fits.
                byte[] bytes = in.readNBytes((int) settings.maxBytes() + 1);
                if (bytes.length > settings.maxBytes()) {
                    throw tooBig(source, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, source + ": no such file; check the path", e);
        } catch (AccessDeniedException e) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, source + ": permission denied; make the file"
                    + " readable", e);
        } catch (IOException e) {
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, source + ": cannot read (" + e.getMessage()
                    + "); check the path and permissions", e);
        }
    }

    private KgException tooBig(String source, long size) {
        return new KgException(ErrorCode.ARTICLE_REJECTED, source + ": " + size + " bytes, over the article"
                + " size limit of " + settings.maxBytes() + " bytes; split the file into articles or raise the limit");
    }

    private static void log(Diagnostic d) {
        switch (d.severity()) {
            case INFO -> LOG.info("{}", d);
            case WARNING -> LOG.warn("{}", d);
            case ERROR -> LOG.error("{}", d);
        }
    }

    /**
     * The stable article id: the file name without extension, restricted to IRI-safe characters
     * ({@code [A-Za-z0-9._-]}; any other code point becomes {@code _}). It depends on the file name
     * only (not the path, the content or the machine), so an article keeps its id, and its IRIs,
     * across runs. The name is put in Unicode NFC first, because macOS stores file names decomposed
     * and Linux does not: "Kyïv.txt" must get one id on both. Distinct names can share an id
     * ("a b.txt", "a_b.txt"); a corpus run must treat that as a conflict.
     */
    public static String articleId(String fileName) {
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        StringBuilder id = new StringBuilder(stem.length());
        stem.codePoints().forEach(cp -> id.append(isIdChar(cp) ? (char) cp : '_'));
        if (id.isEmpty()) {
            return "article";
        }
        // "." and ".." are not names an IRI path segment may have.
        return id.chars().allMatch(c -> c == '.') ? id.toString().replace('.', '_') : id.toString();
    }

    private static boolean isIdChar(int cp) {
        return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9'
                || cp == '.' || cp == '_' || cp == '-';
    }
}
