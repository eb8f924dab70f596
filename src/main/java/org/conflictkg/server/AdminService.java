package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The update endpoints, on their own dataset path so that no public URL ever accepts a write:
 * {@code /kg-admin/update} (SPARQL Update) and {@code /kg-admin/data} (Graph Store Protocol
 * read-write: PUT replaces a graph, DELETE drops it, POST adds to it). The dataset-wide policy
 * "any logged-in user" makes Fuseki put an HTTP Basic constraint on {@code /kg-admin} and
 * {@code /kg-admin/*} (401 without or with wrong credentials) and check the user again per request;
 * the rest of the server stays anonymous. Every request runs in one TDB2 transaction, so a GSP PUT
 * replaces an article's graph atomically, as {@code KgStore.replaceArticle} does.
 */
final class AdminService {

    static final String REALM = "conflict-kg admin";

    private AdminService() {
    }

    /** The update endpoints with these credentials; without any, a 404 for every method under the path. */
    static void addTo(FusekiServer.Builder builder, DatasetGraph dsg, Optional<AdminCredentials> admin,
                      Context context) {
        admin.ifPresentOrElse(a -> add(builder, dsg, a, context),
                () -> builder.addServlet(ServerConfig.ADMIN_DATASET + "/*", new Absent()));
    }

    private static void add(FusekiServer.Builder builder, DatasetGraph dsg, AdminCredentials admin, Context context) {
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(KgServer.endpoint(Operation.Update, "update", context).build())
                .addEndpoint(KgServer.endpoint(Operation.GSP_RW, "data", context).build())
                .setAuthPolicy(Auth.ANY_USER)
                .build();
        builder.add(ServerConfig.ADMIN_DATASET, service)
                .auth(AuthScheme.BASIC)
                .securityHandler(JettySecurityLib.makeSecurityHandler(REALM, admin.userStore(), AuthScheme.BASIC));
    }

    /** Without it the UI's static file handler would answer a POST here with 405, as if something were there. */
    private static final class Absent extends HttpServlet {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no update endpoint: this server was started without "
                    + "credentials (--credentials FILE, or " + AdminCredentials.ENV_USER + " and "
                    + AdminCredentials.ENV_PASSWORD + ")");
        }
    }
}
