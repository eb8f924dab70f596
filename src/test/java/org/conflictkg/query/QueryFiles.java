package org.conflictkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/** Runs a query file of {@code queries/} exactly as written and returns its rows as text maps. */
final class QueryFiles {

    private QueryFiles() {
    }

    static String text(String file) {
        try {
            return Files.readString(Path.of("queries", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> select(Dataset dataset, String file) {
        return selectText(dataset, text(file));
    }

    static List<Map<String, String>> selectText(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return rows(qe.execSelect());
            }
        });
    }

    /** A result set as rows of variable name to lexical form (literals) or IRI text. */
    static List<Map<String, String>> rows(ResultSet rs) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new TreeMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                    ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
            rows.add(row);
        }
        return rows;
    }
}
