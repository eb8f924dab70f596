package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.text.CharSpan;

/**
 * Reading the two JSON schemas: one place for the checks, so every malformed file fails with a
 * message naming the file and the field.
 */
final class JsonFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file name, or what else the JSON came from, for messages. */
    private final String source;

    JsonFiles(String source) {
        this.source = source;
    }

    JsonNode read(Path file, String expectedSchema) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new KgException(ErrorCode.GOLD_INVALID, file + ": cannot read JSON (" + firstLine(e) + ")", e);
        }
        return check(root, expectedSchema);
    }

    JsonNode check(JsonNode root, String expectedSchema) {
        if (root == null || !root.isObject()) {
            throw fail("not a JSON object");
        }
        String schema = root.path("schema").asText("");
        if (!schema.equals(expectedSchema)) {
            throw fail("\"schema\" is \"" + schema + "\", expected \"" + expectedSchema + "\"");
        }
        return root;
    }

    KgException fail(String what) {
        return new KgException(ErrorCode.GOLD_INVALID, source + ": " + what);
    }

    CharSpan span(JsonNode node, String where) {
        if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw fail(where + ": a span must be [begin, end], got " + node);
        }
        int b = node.get(0).asInt();
        int e = node.get(1).asInt();
        if (b < 0 || e < b) {
            throw fail(where + ": invalid span " + node);
        }
        return new CharSpan(b, e);
    }

    List<CharSpan> spans(JsonNode node, String where) {
        List<CharSpan> out = new ArrayList<>();
        for (JsonNode s : node) {
            out.add(span(s, where));
        }
        return out;
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String firstLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
