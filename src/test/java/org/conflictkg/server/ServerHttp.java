package org.conflictkg.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small java.net.http client for the server tests: SPARQL over POST, Graph Store calls, Basic auth. */
final class ServerHttp {

    // HTTP/1.1: no h2c upgrade attempt on every new connection, which Fuseki does not offer anyway.
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerHttp() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> form(URI endpoint, String param, String sparql, Optional<String> auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(param + "=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)));
        auth.ifPresent(a -> b.header("Authorization", a));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(URI endpoint, String sparql) throws Exception {
        return form(endpoint, "query", sparql, Optional.empty());
    }

    /** The bindings of a SELECT that must succeed. */
    static JsonNode rows(URI endpoint, String sparql) throws Exception {
        HttpResponse<String> r = query(endpoint, sparql);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + " for " + sparql + ": " + r.body());
        }
        return JSON.readTree(r.body()).at("/results/bindings");
    }

    static long count(URI endpoint, String sparql) throws Exception {
        return rows(endpoint, sparql).get(0).at("/n/value").asLong();
    }

    static HttpResponse<String> graphStore(String method, URI gsp, String graphIri, String turtle, Optional<String> auth)
            throws Exception {
        URI uri = URI.create(gsp + "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        HttpRequest.BodyPublisher body = turtle == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(turtle);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).method(method, body);
        if (turtle != null) {
            b.header("Content-Type", "text/turtle");
        }
        auth.ifPresent(a -> b.header("Authorization", a));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
