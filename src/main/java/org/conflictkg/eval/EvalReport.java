package org.conflictkg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The result of scoring: counts and P/R/F1 per category, the accuracies over matched items, the
 * duplicate and fragmentation counts, and every false positive and false negative with its text.
 * Rendered as a table, or as JSON with the reference scorer's keys and its rounding (3 decimals,
 * half to even on the exact binary value, as Python's {@code round}).
 */
public record EvalReport(Map<Category, Counts> counts, Ratio linkAccuracy, Ratio typeAccuracy,
                         Ratio attributionAccuracy, int duplicateEntities, int p1Fragmentation,
                         List<String> missingDocuments, List<Finding> findings) {

    public EvalReport {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        missingDocuments = List.copyOf(missingDocuments);
        findings = List.copyOf(findings);
    }

    public Counts get(Category c) {
        return counts.get(c);
    }

    /** Python's {@code round(x, 3)}: the exact double, rounded half to even. */
    public static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    public void printTable(PrintWriter out, boolean details) {
        out.printf("%-28s %7s %7s %7s %5s %5s %5s%n", "category", "P", "R", "F1", "tp", "fp", "fn");
        for (Category c : Category.values()) {
            Counts k = counts.get(c);
            out.printf("%-28s %7.3f %7.3f %7.3f %5d %5d %5d%n", c.key(), round3(k.precision()),
                    round3(k.recall()), round3(k.f1()), k.tp(), k.fp(), k.fn());
        }
        out.printf("%-28s %s%n", "entity_link_accuracy", ratio(linkAccuracy));
        out.printf("%-28s %s%n", "entity_type_accuracy", ratio(typeAccuracy));
        out.printf("%-28s %s%n", "quote_attribution_accuracy", ratio(attributionAccuracy));
        out.printf("%-28s %d%n", "duplicate_entities", duplicateEntities);
        out.printf("%-28s %d%n", "p1_fragmentation", p1Fragmentation);
        out.printf("%-28s %s%n", "missing_documents", missingDocuments);
        if (details) {
            out.println();
            findings.forEach(f -> out.println(f));
        }
        out.flush();
    }

    private static String ratio(Ratio r) {
        OptionalDouble v = r.value();
        return v.isPresent() ? String.format("%.3f (%d/%d)", round3(v.getAsDouble()), r.ok(), r.n()) : "n/a";
    }

    public ObjectNode toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode scores = root.putObject("scores");
        for (Category c : Category.values()) {
            Counts k = counts.get(c);
            ObjectNode n = scores.putObject(c.key());
            n.put("p", round3(k.precision()));
            n.put("r", round3(k.recall()));
            n.put("f1", round3(k.f1()));
            n.put("tp", k.tp());
            n.put("fp", k.fp());
            n.put("fn", k.fn());
        }
        putRatio(scores, "entity_link_accuracy", linkAccuracy);
        putRatio(scores, "entity_type_accuracy", typeAccuracy);
        putRatio(scores, "quote_attribution_accuracy", attributionAccuracy);
        scores.put("duplicate_entities", duplicateEntities);
        scores.put("p1_fragmentation", p1Fragmentation);
        ArrayNode missing = scores.putArray("missing_documents");
        missingDocuments.forEach(missing::add);
        ObjectNode details = root.putObject("details");
        for (Finding f : findings) {
            ObjectNode d = details.has(f.document()) ? (ObjectNode) details.get(f.document())
                    : details.putObject(f.document());
            ArrayNode list = d.has(f.kind().name().toLowerCase()) ? (ArrayNode) d.get(f.kind().name().toLowerCase())
                    : d.putArray(f.kind().name().toLowerCase());
            list.addArray().add(f.what()).add(f.text());
        }
        return root;
    }

    public String toJsonString() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static void putRatio(ObjectNode n, String key, Ratio r) {
        OptionalDouble v = r.value();
        if (v.isPresent()) {
            n.put(key, round3(v.getAsDouble()));
        } else {
            n.putNull(key);
        }
    }
}
