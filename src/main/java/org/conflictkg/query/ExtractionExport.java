package org.conflictkg.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The extraction export ({@code "schema": "extraction/1"}, see the gold format): what the graph
 * holds about each article, read from it by the SPARQL queries in
 * {@code queries-internal/export/}, so the export shows the graph and nothing the extractors kept
 * to themselves. Articles are keyed by {@code ckg:fileName}; entities are those of the gold types
 * (collective {@code ckg:Group}s are left out). All queries run in one read transaction.
 */
public final class ExtractionExport {

    public static final String SCHEMA = "extraction/1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Dataset dataset;

    public ExtractionExport(Dataset dataset) {
        this.dataset = dataset;
    }

    public ObjectNode toJson() {
        return Txn.calculateRead(dataset, this::build);
    }

    /** Writes the export to a file (pretty-printed UTF-8 JSON). */
    public void write(Path out) {
        ObjectNode json = toJson();
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, out + ": cannot write the export (" + e.getMessage()
                    + "); check the directory exists and is writable", e);
        }
    }

    private ObjectNode build() {
        Map<String, Doc> docs = new TreeMap<>();
        select("articles", r -> docs.computeIfAbsent(file(r), f -> new Doc()));
        select("entities", r -> {
            Map<String, ObjectNode> ents = doc(docs, r).entities;
            String iri = r.getResource("entity").getURI();
            if (ents.containsKey(iri)) {
                return; // an entity typed twice keeps its first gold type
            }
            ObjectNode e = NODES.objectNode();
            e.put("id", iri);
            e.put("label", r.contains("label") ? r.getLiteral("label").getLexicalForm() : "");
            e.put("type", r.getResource("type").getLocalName());
            if (r.contains("qid")) {
                e.put("wikidata", r.getLiteral("qid").getLexicalForm());
            } else {
                e.putNull("wikidata");
            }
            e.putArray("aliases");
            e.putArray("mentions");
            ents.put(iri, e);
        });
        select("aliases", r -> {
            ObjectNode e = doc(docs, r).entities.get(r.getResource("entity").getURI());
            String alias = r.getLiteral("alias").getLexicalForm();
            if (e != null && !alias.equals(e.get("label").asText())) {
                ((ArrayNode) e.get("aliases")).add(alias);
            }
        });
        select("mentions", r -> {
            ObjectNode e = doc(docs, r).entities.get(r.getResource("entity").getURI());
            if (e != null) {
                ((ArrayNode) e.get("mentions")).add(span(r));
            }
        });
        select("policies", r -> {
            String iri = r.getResource("policy").getURI();
            ObjectNode p = doc(docs, r).policies.computeIfAbsent(iri, k -> {
                ObjectNode n = NODES.objectNode();
                n.put("id", k);
                n.put("label", r.contains("label") ? r.getLiteral("label").getLexicalForm() : "");
                n.putArray("spans");
                return n;
            });
            ((ArrayNode) p.get("spans")).add(span(r));
        });
        select("roles", r -> {
            ObjectNode n = doc(docs, r).roles.addObject();
            n.put("holder", iri(r, "holder"));
            n.put("title", r.getLiteral("title").getLexicalForm());
            n.put("organization", r.contains("organization") ? iri(r, "organization") : null);
            n.set("span", span(r));
        });
        select("positions", r -> {
            ObjectNode n = doc(docs, r).positions.addObject();
            n.put("holder", iri(r, "holder"));
            n.put("stance", r.getLiteral("stance").getLexicalForm());
            n.put("target", iri(r, "target"));
            n.set("span", span(r));
        });
        select("quotes", r -> {
            ObjectNode n = doc(docs, r).quotes.addObject();
            n.put("speaker", r.contains("speaker") ? iri(r, "speaker") : null);
            n.set("span", span(r));
        });
        select("quantities", r -> {
            ObjectNode n = doc(docs, r).quantities.addObject();
            putNumber(n, r.getLiteral("value"));
            n.put("unit", r.contains("unit") ? r.getLiteral("unit").getLexicalForm() : "");
            n.set("span", span(r));
        });
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        ObjectNode documents = root.putObject("documents");
        docs.forEach((file, d) -> documents.set(file, d.toJson()));
        return root;
    }

    private void select(String name, Consumer<QuerySolution> row) {
        InternalQueries.select(dataset, "export/" + name + ".rq", row);
    }

    /** The export's view of one article while it is assembled, in query order. */
    private static final class Doc {
        final Map<String, ObjectNode> entities = new LinkedHashMap<>();
        final Map<String, ObjectNode> policies = new LinkedHashMap<>();
        final ArrayNode roles = NODES.arrayNode();
        final ArrayNode positions = NODES.arrayNode();
        final ArrayNode quotes = NODES.arrayNode();
        final ArrayNode quantities = NODES.arrayNode();

        ObjectNode toJson() {
            ObjectNode d = NODES.objectNode();
            d.putArray("entities").addAll(entities.values());
            d.putArray("policies").addAll(policies.values());
            d.set("roles", roles);
            d.set("positions", positions);
            d.set("quotes", quotes);
            d.set("quantities", quantities);
            return d;
        }
    }

    private static Doc doc(Map<String, Doc> docs, QuerySolution r) {
        return docs.computeIfAbsent(file(r), f -> new Doc());
    }

    private static String file(QuerySolution r) {
        return r.getLiteral("file").getLexicalForm();
    }

    /** IRIs are exported as they are; a blank node (not in our shape) gets its label so it stays distinct. */
    private static String iri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n.isURIResource() ? n.asResource().getURI() : "_:" + n;
    }

    private static ArrayNode span(QuerySolution r) {
        ArrayNode a = NODES.arrayNode();
        a.add(r.getLiteral("begin").getInt());
        a.add(r.getLiteral("end").getInt());
        return a;
    }

    /** xsd:decimal values: integral ones as JSON integers (64000000000, not 6.4E10), others as numbers. */
    private static void putNumber(ObjectNode n, Literal value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value.getLexicalForm().trim());
        } catch (NumberFormatException e) {
            n.put("value", value.getLexicalForm()); // the scorer treats a non-number as no value
            return;
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() <= 0) {
            n.put("value", s.toBigIntegerExact());
        } else {
            n.put("value", d.doubleValue());
        }
    }
}
