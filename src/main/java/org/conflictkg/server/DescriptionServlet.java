package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * {@code GET /.well-known/void} (VoID, the RFC 5785 name) and {@code GET
 * /.well-known/sparql-service-description} (SPARQL 1.1 Service Description of {@code /kg/sparql}).
 * Fuseki answers neither (a query-less GET on the endpoint is a 404), so they are served here, in
 * Turtle unless the Accept header asks for another RDF syntax Jena writes.
 */
final class DescriptionServlet extends HttpServlet {

    static final String VOID = "void";
    static final String SERVICE = "sparql-service-description";

    private final transient DatasetDescription description;

    DescriptionServlet(Dataset dataset, ServerConfig config) {
        this.description = new DatasetDescription(dataset, !config.serviceAllowList().isEmpty());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        String endpoint = base + ServerConfig.DATASET + "/sparql";
        Model m;
        if (path.equals(VOID)) {
            m = description.voidDescription(base + req.getServletPath() + "/" + VOID, endpoint);
        } else if (path.equals(SERVICE)) {
            m = description.serviceDescription(endpoint);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "served here: /.well-known/" + VOID + " and /.well-known/"
                    + SERVICE);
            return;
        }
        Lang lang = negotiate(req.getHeader("Accept"));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(resp.getOutputStream(), m, lang);
    }

    /** The first media range of Accept that names an RDF syntax Jena writes; Turtle otherwise. */
    static Lang negotiate(String accept) {
        if (accept != null) {
            for (String range : accept.split(",")) {
                String type = range.split(";")[0].strip();
                Lang lang = RDFLanguages.contentTypeToLang(type);
                if (lang != null && RDFLanguages.isTriples(lang)) {
                    return lang;
                }
            }
        }
        return Lang.TURTLE;
    }
}
