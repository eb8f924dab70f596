package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.conflictkg.text.CharSpan;

/**
 * An extraction export ({@code "schema": "extraction/1"}) as the scorer sees it: per article file
 * name, the system's entities, policies, roles, positions, quotes and quantities, with IRIs as
 * opaque ids.
 */
public record Extraction(Map<String, Document> documents) {

    public record Entity(String id, String label, String type, Optional<String> wikidata, List<String> aliases,
                         List<CharSpan> mentions) {
    }

    public record Policy(String id, String label, List<CharSpan> spans) {
    }

    public record Role(Optional<String> holder, String title, Optional<String> organization, CharSpan span) {
    }

    public record Position(Optional<String> holder, String stance, Optional<String> target, CharSpan span) {
    }

    public record Quote(Optional<String> speaker, CharSpan span) {
    }

    /** The value is empty when the export holds something that is not a number. */
    public record Quantity(OptionalDouble value, String unit, CharSpan span) {
    }

    public record Document(List<Entity> entities, List<Policy> policies, List<Role> roles,
                           List<Position> positions, List<Quote> quotes, List<Quantity> quantities) {

        public static final Document EMPTY = new Document(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public Extraction {
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    public static Extraction read(Path file) {
        JsonFiles in = new JsonFiles(file.toString());
        return parse(in, in.read(file, "extraction/1"));
    }

    /** An export already in memory (e.g. straight from the store); {@code source} names it in errors. */
    public static Extraction fromJson(JsonNode root, String source) {
        JsonFiles in = new JsonFiles(source);
        return parse(in, in.check(root, "extraction/1"));
    }

    private static Extraction parse(JsonFiles in, JsonNode root) {
        Map<String, Document> docs = new LinkedHashMap<>();
        root.path("documents").fields().forEachRemaining(f -> docs.put(f.getKey(), document(in, f.getKey(),
                f.getValue())));
        return new Extraction(docs);
    }

    private static Document document(JsonFiles in, String name, JsonNode d) {
        String where = "documents." + name;
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : d.path("entities")) {
            entities.add(new Entity(e.path("id").asText(), e.path("label").asText(""), e.path("type").asText(""),
                    JsonFiles.text(e, "wikidata").filter(q -> !q.isEmpty()), JsonFiles.strings(e.path("aliases")),
                    in.spans(e.path("mentions"), where)));
        }
        List<Policy> policies = new ArrayList<>();
        for (JsonNode p : d.path("policies")) {
            policies.add(new Policy(p.path("id").asText(), p.path("label").asText(""),
                    in.spans(p.path("spans"), where)));
        }
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : d.path("roles")) {
            roles.add(new Role(JsonFiles.text(r, "holder"), r.path("title").asText(""),
                    JsonFiles.text(r, "organization"), in.span(r.path("span"), where)));
        }
        List<Position> positions = new ArrayList<>();
        for (JsonNode p : d.path("positions")) {
            positions.add(new Position(JsonFiles.text(p, "holder"), p.path("stance").asText(""),
                    JsonFiles.text(p, "target"), in.span(p.path("span"), where)));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : d.path("quotes")) {
            quotes.add(new Quote(JsonFiles.text(q, "speaker"), in.span(q.path("span"), where)));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : d.path("quantities")) {
            JsonNode v = q.path("value");
            quantities.add(new Quantity(v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty(),
                    q.path("unit").asText(""), in.span(q.path("span"), where)));
        }
        return new Document(List.copyOf(entities), List.copyOf(policies), List.copyOf(roles),
                List.copyOf(positions), List.copyOf(quotes), List.copyOf(quantities));
    }
}
