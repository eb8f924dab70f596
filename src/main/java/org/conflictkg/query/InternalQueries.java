package org.conflictkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * The queries the product itself runs, shipped as {@code .rq} resources under
 * {@code queries-internal/} so they can be read, and run by hand in the UI, as they are.
 * Parsed once; a missing or broken one is a build defect, not a user error.
 */
final class InternalQueries {

    private static final String ROOT = "/queries-internal/";
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private InternalQueries() {
    }

    static Query get(String name) {
        return PARSED.computeIfAbsent(name, n -> QueryFactory.create(text(n)));
    }

    static String text(String name) {
        try (InputStream in = InternalQueries.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("internal query " + ROOT + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("internal query " + ROOT + name + " cannot be read", e);
        }
    }

    /** Runs a SELECT in a read transaction (joining the caller's, if any), row by row. */
    static void select(Dataset dataset, String name, Consumer<QuerySolution> row) {
        Query q = get(name);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(row);
            }
        });
    }
}
