package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.text.CharSpan;

/**
 * A gold file ({@code "schema": "gold/1"}): the entity registry and, per article file name, what
 * a careful annotator found. Document order and item order are kept: matching is greedy and the
 * reference scorer walks them in file order.
 */
public record GoldStandard(Map<String, Entity> entities, Map<String, Document> documents) {

    public record Entity(String id, String type, String name, Optional<String> wikidata, List<String> aliases) {
    }

    public record Mention(String entity, String mention, CharSpan span, boolean optional) {
    }

    public record Anchor(String policy, String evidence, CharSpan span) {
    }

    public record Role(Optional<String> holder, String title, Optional<String> organization, String evidence,
                       CharSpan span) {
    }

    public record Position(Optional<String> holder, String stance, Optional<String> target, String evidence,
                           CharSpan span, boolean optional) {
    }

    public record Quote(Optional<String> speaker, String text, CharSpan span, boolean optional) {
    }

    public record Quantity(double value, String unit, Optional<String> about, String evidence, CharSpan span) {
    }

    public record Document(String name, List<Mention> entities, List<Anchor> policies, List<Role> roles,
                           List<Position> positions, List<Quote> quotes, List<Quantity> quantities) {
    }

    public GoldStandard {
        entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    /** The gold entity of an id; a document naming an id missing from the registry is invalid. */
    public Entity entity(String id) {
        Entity e = entities.get(id);
        if (e == null) {
            throw new IllegalStateException("gold entity " + id + " not in registry");
        }
        return e;
    }

    public static GoldStandard read(Path file) {
        JsonFiles in = new JsonFiles(file.toString());
        JsonNode root = in.read(file, "gold/1");
        Map<String, Entity> entities = new LinkedHashMap<>();
        root.path("entities").fields().forEachRemaining(f -> {
            JsonNode e = f.getValue();
            entities.put(f.getKey(), new Entity(f.getKey(), e.path("type").asText(), e.path("name").asText(),
                    JsonFiles.text(e, "wikidata"), JsonFiles.strings(e.path("aliases"))));
        });
        Map<String, Document> docs = new LinkedHashMap<>();
        root.path("documents").fields().forEachRemaining(f -> {
            String where = "documents." + f.getKey();
            JsonNode d = f.getValue();
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : d.path("entities")) {
                String id = m.path("entity").asText();
                if (!entities.containsKey(id)) {
                    throw in.fail(where + ": entity \"" + id + "\" is not in the entity registry");
                }
                mentions.add(new Mention(id, m.path("mention").asText(), in.span(m.path("span"), where),
                        m.path("optional").asBoolean(false)));
            }
            List<Anchor> anchors = new ArrayList<>();
            for (JsonNode a : d.path("policies")) {
                anchors.add(new Anchor(a.path("policy").asText(), a.path("evidence").asText(),
                        in.span(a.path("span"), where)));
            }
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : d.path("roles")) {
                roles.add(new Role(JsonFiles.text(r, "holder"), r.path("title").asText(""),
                        JsonFiles.text(r, "organization"), r.path("evidence").asText(""),
                        in.span(r.path("span"), where)));
            }
            List<Position> positions = new ArrayList<>();
            for (JsonNode p : d.path("positions")) {
                positions.add(new Position(JsonFiles.text(p, "holder"), p.path("stance").asText(),
                        JsonFiles.text(p, "target"), p.path("evidence").asText(""),
                        in.span(p.path("span"), where), p.path("optional").asBoolean(false)));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : d.path("quotes")) {
                quotes.add(new Quote(JsonFiles.text(q, "speaker"), q.path("text").asText(""),
                        in.span(q.path("span"), where), q.path("optional").asBoolean(false)));
            }
            List<Quantity> quantities = new ArrayList<>();
            for (JsonNode q : d.path("quantities")) {
                if (!q.path("value").isNumber()) {
                    throw in.fail(where + ": quantity value must be a number, got " + q.path("value"));
                }
                quantities.add(new Quantity(q.path("value").asDouble(), q.path("unit").asText(""),
                        JsonFiles.text(q, "about"), q.path("evidence").asText(""), in.span(q.path("span"), where)));
            }
            docs.put(f.getKey(), new Document(f.getKey(), List.copyOf(mentions), List.copyOf(anchors),
                    List.copyOf(roles), List.copyOf(positions), List.copyOf(quotes), List.copyOf(quantities)));
        });
        return new GoldStandard(entities, docs);
    }
}
