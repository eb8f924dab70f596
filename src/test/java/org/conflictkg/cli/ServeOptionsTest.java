package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.diag.KgException;
import org.conflictkg.server.AdminCredentials;
import org.conflictkg.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve options become the server's settings; credentials only from a file or the environment. */
class ServeOptionsTest {

    private static ServerConfig parse(Map<String, String> env, String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        return Serving.config(cmd.options, env);
    }

    @Test
    void defaultsAreLoopbackTenSecondsHundredThousandRowsWikidataOnlyAndNoUpdates() {
        ServerConfig c = parse(Map.of());
        assertEquals("localhost", c.host());
        assertEquals(Duration.ofSeconds(10), c.queryTimeout());
        assertEquals(100_000, c.maxRows());
        assertEquals(List.of("https://query.wikidata.org/sparql"), c.serviceAllowList());
        assertTrue(c.admin().isEmpty(), "no built-in credentials");
    }

    @Test
    void optionsSetTimeoutRowsServicesAndHost() {
        ServerConfig c = parse(Map.of(), "--host", "0.0.0.0", "--timeout", "2.5", "--max-rows", "50",
                "--service-allow", "https://a.example/sparql", "--service-allow", "http://localhost:3031/kg/sparql");
        assertEquals("0.0.0.0", c.host());
        assertEquals(Duration.ofMillis(2500), c.queryTimeout());
        assertEquals(50, c.maxRows());
        assertEquals(List.of("https://a.example/sparql", "http://localhost:3031/kg/sparql"), c.serviceAllowList());
        assertEquals(List.of(), parse(Map.of(), "--service-allow", "none").serviceAllowList());
        assertThrows(KgException.class, () -> parse(Map.of(), "--service-allow", "none", "--service-allow",
                "https://a.example/sparql"));
        assertThrows(KgException.class, () -> parse(Map.of(), "--max-rows", "0"));
    }

    @Test
    void credentialsComeFromTheFileOrElseTheEnvironment(@TempDir Path tmp) throws Exception {
        Map<String, String> env = Map.of(AdminCredentials.ENV_USER, "envuser", AdminCredentials.ENV_PASSWORD, "pw");
        assertEquals(Set.of("envuser"), parse(env).admin().orElseThrow().users());
        Path file = tmp.resolve("realm.properties");
        Files.writeString(file, "fileuser: secret\n");
        assertEquals(Set.of("fileuser"), parse(env, "--credentials", file.toString()).admin().orElseThrow().users());
        assertThrows(KgException.class, () -> parse(Map.of(), "--credentials", tmp.resolve("missing").toString()));
    }
}
