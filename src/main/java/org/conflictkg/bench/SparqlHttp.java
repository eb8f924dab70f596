package org.conflictkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * A plain SPARQL-protocol client (JDK HTTP, one connection per instance), as a remote analyst's
 * tool would be: the latency it sees includes HTTP, result serialisation and parsing nothing.
 */
final class SparqlHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    SparqlHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends a query and reads the whole answer; returns the HTTP status. */
    int send(String query) throws IOException, InterruptedException {
        return http.send(request(query), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    /** A SELECT's rows, each variable's lexical value by name. */
    List<Map<String, String>> select(String query) {
        JsonNode results = json(query).path("results").path("bindings");
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : results) {
            Map<String, String> row = new LinkedHashMap<>();
            b.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    boolean ask(String query) {
        return json(query).path("boolean").asBoolean(false);
    }

    private JsonNode json(String query) {
        try {
            HttpResponse<String> r = http.send(request(query), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new KgException(ErrorCode.QUERY_INVALID, endpoint + " answered " + r.statusCode() + " to a bench"
                        + " query: " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new KgException(ErrorCode.SERVER_FAILURE, endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.SERVER_FAILURE, "interrupted while querying " + endpoint, e);
        }
    }

    /** GET, as most SPARQL tools send a query (and one packet fewer than a POST); POST when too long for a URL. */
    private HttpRequest request(String query) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        if (encoded.length() < 6000) {
            return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encoded)).timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/sparql-results+json").GET().build();
        }
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded))
                .build();
    }
}
