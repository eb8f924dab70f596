package org.conflictkg.query.view;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * JSON-LD 1.1 compacted with the published context: Jena RIOT serialises the model (the RDF to
 * JSON-LD step), Titanium, the processor RIOT itself uses, compacts it with
 * ontology/context.jsonld. The output names the context by its URL ({@link JsonLdContext#URL})
 * or embeds it; either way it expands back to the same RDF.
 */
public final class JsonLdViewWriter {

    private final boolean embedContext;

    /** {@code embedContext}: inline the context object instead of referring to its URL. */
    public JsonLdViewWriter(boolean embedContext) {
        this.embedContext = embedContext;
    }

    public void write(Model model, OutputStream out) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        RDFDataMgr.write(plain, model, RDFFormat.JSONLD11_PLAIN);
        JsonObject context = JsonLdContext.document();
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(plain.toByteArray())),
                    JsonDocument.of(context)).loader(JsonLdContext.loader()).get();
        } catch (JsonLdError e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "cannot compact the JSON-LD (" + e.getMessage() + ")", e);
        }
        JsonObjectBuilder doc = Json.createObjectBuilder();
        doc.add("@context", embedContext ? context.get("@context") : Json.createValue(JsonLdContext.URL));
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) {
                doc.add(k, v);
            }
        });
        // The JSON writer closes its stream; the caller owns {@code out}.
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            w.writeObject(doc.build());
        }
        try {
            json.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "cannot write the JSON-LD (" + e.getMessage() + ")", e);
        }
    }
}
