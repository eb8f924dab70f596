package org.conflictkg.server;

import static org.conflictkg.server.ServerHttp.basic;
import static org.conflictkg.server.ServerHttp.count;
import static org.conflictkg.server.ServerHttp.form;
import static org.conflictkg.server.ServerHttp.graphStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.diag.KgException;
import org.conflictkg.query.Fixture;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authenticated update endpoints on a real server over the fixture graph (a fresh store per test). */
class UpdateEndpointsTest {

    private static final String GRAPH_A = "https://w3id.org/conflict-kg/id/graph/art-a";
    private static final String GRAPH_B = "https://w3id.org/conflict-kg/id/graph/art-b";
    private static final String ALL_QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-for-tests";

    private KgStore store;
    private KgServer server;

    @BeforeEach
    void start() {
        store = Fixture.store();
        server = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(10))
                .withAdmin(AdminCredentials.of(USER, PASSWORD)));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private URI update() {
        return server.updateUri().orElseThrow();
    }

    private URI data() {
        return server.adminGraphStoreUri().orElseThrow();
    }

    private long quadsInGraph(String graph) throws Exception {
        return count(server.sparqlUri(), "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
    }

    @Test
    void anonymousUpdatesAndGraphWritesAreRefusedAndChangeNothing() throws Exception {
        long before = store.quadCount();
        Optional<String> anon = Optional.empty();
        assertEquals(401, form(update(), "update", "DROP ALL", anon).statusCode());
        assertEquals(401, form(update(), "update", "INSERT DATA { GRAPH <urn:ex:x> { <urn:ex:a> <urn:ex:b> <urn:ex:c> } }", anon)
                .statusCode());
        for (String method : List.of("PUT", "POST")) {
            assertEquals(401, graphStore(method, data(), GRAPH_A, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .", anon).statusCode(), method);
        }
        assertEquals(401, graphStore("DELETE", data(), GRAPH_A, null, anon).statusCode());
        // The public Graph Store endpoint does not write either, with or without credentials.
        Optional<String> good = Optional.of(basic(USER, PASSWORD));
        URI publicGsp = server.baseUri().resolve("kg/data");
        for (String method : List.of("PUT", "POST")) {
            int status = graphStore(method, publicGsp, GRAPH_A, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .", good).statusCode();
            assertTrue(status == 405 || status == 400 || status == 404, method + " on /kg/data answered " + status);
        }
        int status = graphStore("DELETE", publicGsp, GRAPH_A, null, good).statusCode();
        assertTrue(status == 405 || status == 400 || status == 404, "DELETE on /kg/data answered " + status);
        assertEquals(before, store.quadCount());
        // Reading stays anonymous: the login guards /kg-admin only.
        assertEquals(before, count(server.sparqlUri(), ALL_QUADS));
        HttpResponse<String> ui = ServerHttp.CLIENT.send(java.net.http.HttpRequest.newBuilder(
                server.baseUri().resolve("index.html")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() throws Exception {
        long before = store.quadCount();
        for (String auth : List.of(basic(USER, PASSWORD + "x"), basic("someone", PASSWORD), basic(USER, ""))) {
            assertEquals(401, form(update(), "update", "DROP ALL", Optional.of(auth)).statusCode());
            assertEquals(401, graphStore("DELETE", data(), GRAPH_A, null, Optional.of(auth)).statusCode());
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void withCredentialsAnArticleGraphIsReplacedDeletedAndInsertedInto() throws Exception {
        Optional<String> auth = Optional.of(basic(USER, PASSWORD));
        long b = quadsInGraph(GRAPH_B);
        assertTrue(quadsInGraph(GRAPH_A) > 2);

        HttpResponse<String> put = graphStore("PUT", data(), GRAPH_A,
                "<urn:ex:s> <urn:ex:p> \"one\" . <urn:ex:s> <urn:ex:p> \"two\" .", auth);
        assertTrue(put.statusCode() == 200 || put.statusCode() == 204, "PUT answered " + put.statusCode());
        assertEquals(2, quadsInGraph(GRAPH_A), "PUT replaced the graph, nothing of the old one left: "
                + ServerHttp.rows(server.sparqlUri(), "SELECT * { GRAPH <" + GRAPH_A + "> { ?s ?p ?o } }"));
        assertEquals(b, quadsInGraph(GRAPH_B), "the other article is untouched");

        HttpResponse<String> insert = form(update(), "update",
                "INSERT DATA { GRAPH <" + GRAPH_A + "> { <urn:ex:s> <urn:ex:p> \"three\" } }", auth);
        assertEquals(200, insert.statusCode(), insert.body());
        assertEquals(3, quadsInGraph(GRAPH_A));

        HttpResponse<String> delete = graphStore("DELETE", data(), GRAPH_A, null, auth);
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, "DELETE answered " + delete.statusCode());
        assertEquals(0, quadsInGraph(GRAPH_A));
        assertEquals(Optional.empty(), store.contentHash("art-a"));
        assertEquals(b, store.quadCount(), "only art-b is left");
    }

    @Test
    void withoutCredentialsThereAreNoUpdateEndpoints() throws Exception {
        try (KgServer readOnly = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(5)))) {
            assertEquals(Optional.empty(), readOnly.updateUri());
            URI base = readOnly.baseUri();
            long before = store.quadCount();
            assertEquals(404, form(base.resolve("kg-admin/update"), "update", "DROP ALL", Optional.empty()).statusCode());
            assertEquals(404, graphStore("DELETE", base.resolve("kg-admin/data"), GRAPH_A, null,
                    Optional.of(basic(USER, PASSWORD))).statusCode());
            assertEquals(404, graphStore("PUT", base.resolve("kg-admin/data"), GRAPH_A, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .",
                    Optional.empty()).statusCode());
            assertEquals(before, store.quadCount());
        }
    }

    @Test
    void credentialsComeFromARealmFileOrTheEnvironmentAndNeverDefault(@TempDir Path tmp) throws Exception {
        Path realm = tmp.resolve("users");
        Files.writeString(realm, "# admins\nalice: first-pass, admin\nbob:second\n");
        AdminCredentials fromFile = AdminCredentials.fromFile(realm);
        assertEquals(java.util.Set.of("alice", "bob"), fromFile.users());
        assertTrue(!fromFile.toString().contains("first-pass"), fromFile.toString());
        assertEquals(Optional.empty(), AdminCredentials.fromEnvironment(Map.of()));
        assertEquals(java.util.Set.of("carol"), AdminCredentials.fromEnvironment(Map.of(AdminCredentials.ENV_USER,
                "carol", AdminCredentials.ENV_PASSWORD, "pw")).orElseThrow().users());
        org.junit.jupiter.api.Assertions.assertThrows(KgException.class, () -> AdminCredentials.fromEnvironment(
                Map.of(AdminCredentials.ENV_USER, "carol")));
        Files.writeString(realm, "dave:\n");
        org.junit.jupiter.api.Assertions.assertThrows(KgException.class, () -> AdminCredentials.fromFile(realm));
        Files.writeString(realm, "# nobody\n");
        org.junit.jupiter.api.Assertions.assertThrows(KgException.class, () -> AdminCredentials.fromFile(realm));

        Files.writeString(realm, "alice: first-pass, admin\n");
        try (KgServer s = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(5))
                .withAdmin(AdminCredentials.fromFile(realm)))) {
            HttpResponse<String> r = form(s.updateUri().orElseThrow(), "update",
                    "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:a> <urn:ex:b> <urn:ex:c> } }", Optional.of(basic("alice", "first-pass")));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(401, form(s.updateUri().orElseThrow(), "update", "DROP ALL",
                    Optional.of(basic("alice", "first-pass, admin"))).statusCode());
        }
    }
}
