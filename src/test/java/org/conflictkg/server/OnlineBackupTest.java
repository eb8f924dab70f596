package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.conflictkg.query.Fixture;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * The backup a running server gives (docs/OPERATING.md): the whole dataset as N-Quads from the
 * public Graph Store endpoint, loaded back through the authenticated one into an empty store.
 */
class OnlineBackupTest {

    @Test
    void theDatasetAsNQuadsRestoresToTheSameStore() throws Exception {
        try (KgStore store = Fixture.store(); KgStore empty = KgStore.scratch();
             KgServer source = KgServer.start(store.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(10)));
             KgServer target = KgServer.start(empty.dataset(), new ServerConfig("localhost", 0, Duration.ofSeconds(10))
                     .withAdmin(AdminCredentials.of("restorer", "restore-pw")))) {
            HttpResponse<String> dump = ServerHttp.CLIENT.send(HttpRequest.newBuilder(source.baseUri().resolve("kg/data"))
                    .header("Accept", "application/n-quads").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, dump.statusCode());
            assertEquals(store.quadCount(), dump.body().lines().filter(l -> !l.isBlank()).count(),
                    "one line per stored quad: the union default graph is not written out again");

            HttpResponse<String> load = ServerHttp.CLIENT.send(HttpRequest.newBuilder(target.adminGraphStoreUri()
                            .orElseThrow()).header("Content-Type", "application/n-quads")
                    .header("Authorization", ServerHttp.basic("restorer", "restore-pw"))
                    .POST(HttpRequest.BodyPublishers.ofString(dump.body())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, load.statusCode(), load.body());
            assertTrue(store.quadCount() > 100);
            assertEquals(store.quadCount(), empty.quadCount());
            assertEquals(store.articleIds(), empty.articleIds());
            assertEquals(store.contentHashes(), empty.contentHashes());
        }
    }
}
