package org.conflictkg.query.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The views an export can draw: each is one or more CONSTRUCT queries of {@code queries/views/},
 * read from the classpath so the exporter runs the very files analysts read and run by hand.
 */
public enum View {
    STANCE("stance-graph.rq"),
    ROLE("role-graph.rq"),
    DECISION("decision-graph.rq"),
    /** All three: node descriptions are computed alike in each query, so the union merges them. */
    NETWORK("stance-graph.rq", "role-graph.rq", "decision-graph.rq");

    private static final String ROOT = "/queries/views/";

    private final List<String> files;

    View(String... files) {
        this.files = List.of(files);
    }

    public List<String> files() {
        return files;
    }

    public static View parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "unknown view '" + s
                    + "'; use network, stance, role or decision");
        }
    }

    /** Runs the view's queries in one read transaction and returns the union of what they build. */
    public Model construct(Dataset dataset) {
        List<Query> queries = files.stream().map(View::query).toList();
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefix("ckgv", ViewVocab.NS);
            m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
            for (Query q : queries) {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                    m.add(qe.execConstruct());
                }
            }
            return m;
        });
    }

    /** The text of a view query as shipped; a missing one is a build defect. */
    public static String text(String file) {
        try (InputStream in = View.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("view query " + ROOT + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("view query " + ROOT + file + " cannot be read", e);
        }
    }

    private static Query query(String file) {
        return QueryFactory.create(text(file));
    }
}
