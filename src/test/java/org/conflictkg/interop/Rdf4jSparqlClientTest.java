package org.conflictkg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
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
import org.conflictkg.query.SeedGraph;
import org.conflictkg.server.KgServer;
import org.conflictkg.server.ServerConfig;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An independent SPARQL client, RDF4J's SPARQLRepository, asks the live server analyst queries
 * and gets exactly the rows Jena computes in-process on the same graph.
 */
class Rdf4jSparqlClientTest {

    private static KgServer server;
    private static SPARQLRepository repo;

    @BeforeAll
    static void start() {
        server = KgServer.start(SeedGraph.store().dataset(), ServerConfig.defaults().withPort(0));
        repo = new SPARQLRepository(server.sparqlUri().toString());
        repo.init();
    }

    @AfterAll
    static void stop() {
        repo.shutDown();
        server.close();
    }

    private static String query(String file) throws IOException {
        return Files.readString(Path.of("queries", file));
    }

    /** Rows as variable -> lexical form or IRI, unbound variables left out; in result order. */
    private static List<Map<String, String>> viaRdf4j(String q) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RepositoryConnection c = repo.getConnection(); TupleQueryResult r = c.prepareTupleQuery(q).evaluate()) {
            for (BindingSet b : r) {
                Map<String, String> row = new TreeMap<>();
                b.forEach(binding -> row.put(binding.getName(), binding.getValue().stringValue()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> viaJena(String q) {
        Dataset ds = SeedGraph.store().dataset();
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.get(v).isURIResource() ? s.getResource(v).getURI()
                            : s.get(v).toString()));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    @Test
    void positionsOnTheDecisionAreTheSameRowsThroughRdf4jAsInJena() throws IOException {
        String q = query("positions-on-decision.rq");
        List<Map<String, String>> jena = viaJena(q);
        assertFalse(jena.isEmpty());
        assertEquals(jena, viaRdf4j(q));
    }

    @Test
    void rolesByStateAreTheSameRowsThroughRdf4jAsInJena() throws IOException {
        String q = query("roles-by-state.rq");
        List<Map<String, String>> jena = viaJena(q);
        assertFalse(jena.isEmpty());
        assertEquals(jena, viaRdf4j(q));
    }
}
