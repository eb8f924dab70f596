package org.conflictkg.query.view;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * The published JSON-LD {@code @context} (ontology/context.jsonld, shipped at
 * {@code /ontology/context.jsonld}), under its URL {@link #URL}. {@link #loader()} resolves that
 * URL to the shipped copy and refuses every other remote document, so reading our JSON-LD needs
 * no network and cannot be made to fetch arbitrary URLs.
 */
public final class JsonLdContext {

    public static final String URL = "https://w3id.org/conflict-kg/context.jsonld";
    private static final String RESOURCE = "/ontology/context.jsonld";

    private JsonLdContext() {
    }

    /** The context document, {@code {"@context": {...}}}, as shipped. */
    public static JsonObject document() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return JsonDocument.of(in).getJsonContent().orElseThrow().asJsonObject();
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException(RESOURCE + " cannot be read", e);
        }
    }

    /** A document loader that knows only the published context. */
    public static DocumentLoader loader() {
        return JsonLdContext::load;
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!URL.equals(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "only " + URL + " is resolved (from the classpath); not fetching " + url);
        }
        JsonDocument doc = JsonDocument.of(document());
        doc.setDocumentUrl(url);
        return doc;
    }
}
