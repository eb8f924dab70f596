package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The analyst queries the latency benchmark sends, taken from {@code queries/} as users run them,
 * with their VALUES parameters bound to an actor and a statement that exist in the store under
 * test (found with small queries first, so the point queries return real rows).
 */
final class BenchQueries {

    /** A query to time: its name, whether it is a point query or an aggregate, and its text. */
    record BenchQuery(String name, boolean point, String text) {
    }

    /** What the point queries look up. */
    record Subject(String actorName, String statementIri, String statementKind) {
    }

    private static final String PREFIXES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final Pattern NAME_ROW = Pattern.compile("VALUES\\s+\\?name\\s*\\{[^}]*\\}");
    private static final Pattern STATEMENT_ROW = Pattern.compile("VALUES\\s*\\(\\s*\\?statement\\s+\\?kind\\s*\\)\\s*\\{[^}]*\\}");

    private BenchQueries() {
    }

    /**
     * A statement and an actor to look up: a stated position and its holder when the store has
     * positions, else an entity mention of a person and that person (whatever the extractors
     * produce today).
     */
    static Subject pick(SparqlHttp http) {
        for (String kind : List.of("StatedPosition", "Quotation", "RoleStatement")) {
            List<Map<String, String>> rows = http.select(PREFIXES + "SELECT ?s ?name WHERE { ?s a ckg:" + kind
                    + " ; ckg:holder|ckg:speaker ?a . ?a rdfs:label ?name } LIMIT 1");
            if (!rows.isEmpty()) {
                return new Subject(rows.get(0).get("name"), rows.get(0).get("s"), kind);
            }
        }
        List<Map<String, String>> rows = http.select(PREFIXES + "SELECT ?s ?name WHERE { ?s a ckg:EntityMention ;"
                + " ckg:mentionOf ?a . ?a a ckg:Person ; rdfs:label ?name } LIMIT 1");
        if (rows.isEmpty()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "the benchmark store holds no statement about a person;"
                    + " the point queries would have nothing to find");
        }
        return new Subject(rows.get(0).get("name"), rows.get(0).get("s"), "EntityMention");
    }

    /** The timed queries: three point look-ups and the corroboration aggregate. */
    static List<BenchQuery> load(Path queriesDir, Subject s) {
        List<BenchQuery> out = new ArrayList<>();
        out.add(new BenchQuery("actor-positions", true, bindName(read(queriesDir, "actor-positions"), s.actorName())));
        out.add(new BenchQuery("entity-mentions", true, bindName(read(queriesDir, "entity-mentions"), s.actorName())));
        out.add(new BenchQuery("evidence", true, bindStatement(read(queriesDir, "evidence"), s)));
        out.add(new BenchQuery("position-corroboration", false, read(queriesDir, "position-corroboration")));
        return out;
    }

    static String bindName(String query, String name) {
        return replaceOnce(NAME_ROW, query, "VALUES ?name { " + literal(name) + " }", "?name");
    }

    static String bindStatement(String query, Subject s) {
        if (!s.statementIri().matches("[^<>\"{}|^`\\\\\\s]+")) {
            throw new KgException(ErrorCode.QUERY_INVALID, "not an IRI: " + s.statementIri());
        }
        return replaceOnce(STATEMENT_ROW, query, "VALUES (?statement ?kind) { (<" + s.statementIri() + "> "
                + literal(s.statementKind()) + ") }", "(?statement ?kind)");
    }

    /** A SPARQL string literal, escaped. */
    static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private static String replaceOnce(Pattern p, String query, String row, String what) {
        Matcher m = p.matcher(query);
        if (!m.find()) {
            throw new KgException(ErrorCode.QUERY_INVALID, "the query has no VALUES " + what + " row to bind: "
                    + query.lines().findFirst().orElse(""));
        }
        return query.substring(0, m.start()) + row + query.substring(m.end());
    }

    private static String read(Path dir, String name) {
        Path f = dir.resolve(name + ".rq");
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new KgException(ErrorCode.QUERY_INVALID, f + ": cannot read the analyst query (" + e.getMessage()
                    + "); give --queries DIR", e);
        }
    }
}
