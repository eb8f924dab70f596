package org.conflictkg.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.conflictkg.diag.Diagnostic;

/**
 * Reads an article's optional metadata sidecars: {@code NAME.meta.json} (an object of strings) and
 * {@code NAME.meta.properties} (UTF-8 {@code key=value} lines), where NAME is the article's file
 * name without its extension. Keys: {@code title}, {@code outlet}, {@code url} (absolute http or
 * https), {@code published} (ISO-8601 date {@code 2024-05-31} or date-time with offset
 * {@code 2024-05-31T14:05:00Z}).
 *
 * <p>A missing sidecar is normal. A broken one never costs the article: a sidecar that cannot be
 * parsed is reported as a WARNING and contributes nothing; a bad value (unknown key, non-ISO date,
 * relative URL) is reported and only that field is dropped. When both sidecars exist and disagree
 * on a field, the JSON value wins and the disagreement is reported. Diagnostics name the sidecar
 * file and say how to fix it. Stateless and thread-safe.
 */
public final class MetadataReader {

    /** Sidecars are a few lines; anything bigger is not one. */
    public static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The JSON sidecar of an article file. */
    public static Path jsonSidecar(Path article) {
        return article.resolveSibling(stem(article) + ".meta.json");
    }

    /** The properties sidecar of an article file. */
    public static Path propertiesSidecar(Path article) {
        return article.resolveSibling(stem(article) + ".meta.properties");
    }

    /** The article's metadata, {@link ArticleMetadata#NONE} when it has no (usable) sidecar. */
    public ArticleMetadata read(Path article, Consumer<Diagnostic> diagnostics) {
        Path json = jsonSidecar(article);
        Path properties = propertiesSidecar(article);
        ArticleMetadata fromJson = Files.exists(json)
                ? MetadataFields.toMetadata(readJson(json, diagnostics), name(json), diagnostics)
                : ArticleMetadata.NONE;
        ArticleMetadata fromProperties = Files.exists(properties)
                ? MetadataFields.toMetadata(readProperties(properties, diagnostics), name(properties), diagnostics)
                : ArticleMetadata.NONE;
        return MetadataFields.merge(fromJson, fromProperties, name(json), diagnostics);
    }

    private static Map<String, String> readJson(Path file, Consumer<Diagnostic> diagnostics) {
        Optional<byte[]> bytes = bytes(file, diagnostics);
        if (bytes.isEmpty()) {
            return Map.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes.get());
        } catch (JacksonException e) {
            diagnostics.accept(Diagnostic.warning(name(file), "not valid JSON (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "); metadata ignored: fix the JSON or delete the file"));
            return Map.of();
        } catch (IOException e) {
            diagnostics.accept(Diagnostic.warning(name(file), "cannot read (" + e.getMessage() + "); metadata ignored"));
            return Map.of();
        }
        if (root == null || !root.isObject()) {
            diagnostics.accept(Diagnostic.warning(name(file), "must hold one JSON object such as"
                    + " {\"title\": \"...\", \"published\": \"2024-05-31\"}; metadata ignored"));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            if (!e.getValue().isTextual()) {
                diagnostics.accept(Diagnostic.warning(name(file), "'" + e.getKey() + "' must be a JSON string,"
                        + " got " + e.getValue().getNodeType().name().toLowerCase() + "; field ignored: quote the value"));
                continue;
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    private static Map<String, String> readProperties(Path file, Consumer<Diagnostic> diagnostics) {
        Optional<byte[]> bytes = bytes(file, diagnostics);
        if (bytes.isEmpty()) {
            return Map.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.get())).toString();
        } catch (CharacterCodingException e) {
            diagnostics.accept(Diagnostic.warning(name(file), "not valid UTF-8; metadata ignored: re-save it as UTF-8"));
            return Map.of();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (IllegalArgumentException | IOException e) {
            diagnostics.accept(Diagnostic.warning(name(file), "malformed properties file (" + e.getMessage()
                    + "); metadata ignored: write one key=value per line"));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Optional<byte[]> bytes(Path file, Consumer<Diagnostic> diagnostics) {
        try {
            if (!Files.isRegularFile(file)) {
                diagnostics.accept(Diagnostic.warning(name(file), "is not a regular file; metadata ignored"));
                return Optional.empty();
            }
            if (Files.size(file) > MAX_SIDECAR_BYTES) {
                diagnostics.accept(Diagnostic.warning(name(file), "is " + Files.size(file) + " bytes, more than"
                        + " the " + MAX_SIDECAR_BYTES + " a metadata sidecar may have; metadata ignored"));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.accept(Diagnostic.warning(name(file), "cannot read (" + e.getMessage()
                    + "); metadata ignored: check its permissions"));
            return Optional.empty();
        }
    }

    private static String stem(Path article) {
        String fileName = article.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String name(Path file) {
        return file.toString();
    }
}
