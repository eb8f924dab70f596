package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.conflictkg.server.KgServer;
import org.conflictkg.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The federated queries of queries/federation/, run as a user runs them: against our live server,
 * whose SERVICE calls to the public Wikidata endpoint reach a Wikidata-shaped stand-in on loopback.
 */
class FederatedQueriesTest {

    private static WikidataStandIn wikidata;
    private static KgServer server;

    @BeforeAll
    static void start() throws Exception {
        wikidata = new WikidataStandIn();
        server = KgServer.start(SeedGraph.store().dataset(), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        wikidata.close();
    }

    private static List<Map<String, String>> run(String file) throws Exception {
        String query = Files.readString(Path.of("queries/federation", file));
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUri().toString()).query(query).build()) {
            return QueryFiles.rows(qe.execSelect());
        }
    }

    @Test
    void opponentsOfTheLongRangeDecisionGetTheirBirthDateAndPartyFromWikidata() throws Exception {
        List<Map<String, String>> rows = run("opponents-birth-and-party.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("holderLabel").equals("Vladimir Putin")
                && r.get("wikidata").equals("http://www.wikidata.org/entity/Q7747")
                && r.get("born").startsWith("1952-10-07")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("holderLabel").equals("Donald Trump Jr.")
                && "Republican Party".equals(r.get("partyLabel"))), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("holderLabel").equals("Radosław Sikorski")),
                "Sikorski supported the decision: " + rows);
        assertTrue(wikidata.calls() > 0, "the query reached the stand-in");
    }

    @Test
    void countriesWhoseOfficialsTookPositionsGetTheirHeadOfStateFromWikidata() throws Exception {
        List<Map<String, String>> rows = run("heads-of-state.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("countryLabel").equals("Russia")
                && r.get("headOfStateLabel").equals("Vladimir Putin")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("positions")) > 0), rows.toString());
    }

    @Test
    void quotedSpeakersGetTheirCitizenshipFromWikidata() throws Exception {
        List<Map<String, String>> rows = run("speakers-citizenship.rq");
        Map<String, String> putin = rows.stream().filter(r -> r.get("speakerLabel").equals("Vladimir Putin"))
                .findFirst().orElseThrow(() -> new AssertionError("Putin is quoted: " + rows));
        assertEquals("Russia", putin.get("citizenshipLabel"));
        assertEquals("President of Russia", putin.get("description"));
    }
}
