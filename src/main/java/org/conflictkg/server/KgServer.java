package org.conflictkg.server;

import java.net.URI;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph served by embedded Fuseki. The public dataset is read-only:
 * {@code /kg/sparql} and {@code /kg/query} (SPARQL query), {@code /kg/get} and {@code /kg/data}
 * (Graph Store Protocol, GET only). Its default graph is the union of the article graphs. Each
 * query has a timeout (503 past it), a row cap and a SERVICE allow-list. Only when credentials are
 * configured is there a second dataset over the same store, {@code /kg-admin}, with
 * {@code /kg-admin/update} (SPARQL Update) and {@code /kg-admin/data} (Graph Store read-write),
 * behind HTTP Basic authentication.
 * The Fuseki UI is served from the jena-fuseki-ui jar at {@code /}, with the read-only admin
 * read-outs it calls ({@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats}).
 *
 * <p>Fuseki's UI module (FMod_UI) needs the admin module's run directory; the few pieces of it
 * the UI uses are wired here instead, so the server writes nothing to disk.
 */
public final class KgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);
    /** The Java resource folder of the jena-fuseki-ui jar holding index.html and its scripts. */
    private static final String UI_RESOURCE = "webapp";

    private final FusekiServer server;
    private final ServerConfig config;
    private final ResourceFactory.Closeable uiResources;
    private boolean closed;

    private KgServer(FusekiServer server, ServerConfig config, ResourceFactory.Closeable uiResources) {
        this.server = server;
        this.config = config;
        this.uiResources = uiResources;
    }

    /** Starts serving {@code dataset} (whose default graph should be the union of its graphs). */
    public static KgServer start(Dataset dataset, ServerConfig config) {
        ResourceFactory.Closeable resources = ResourceFactory.closeable();
        Context context = endpointContext(config);
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .loopback(config.isLoopback())
                .add(ServerConfig.DATASET, readOnlyService(dataset.asDatasetGraph(), config, context))
                .enablePing(true)
                .enableStats(true)
                .addServlet("/.well-known/*", new DescriptionServlet(dataset, config))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ReadOnlyDatasetsAction())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator());
        AdminService.addTo(builder, dataset.asDatasetGraph(), config.admin(), context);
        Resource ui = resources.newClassLoaderResource(UI_RESOURCE);
        if (ui != null) {
            builder.staticFileBase(ui.getURI().toString());
        } else {
            LOG.warn("Fuseki UI files ({}/ on the classpath) not found: only the SPARQL endpoints are served",
                    UI_RESOURCE);
        }
        try {
            FusekiServer server = builder.build();
            bindHost(server, config.host());
            server.start();
            return new KgServer(server, config, resources);
        } catch (RuntimeException e) {
            resources.close();
            throw new KgException(ErrorCode.SERVER_FAILURE, "cannot start the server on " + config.host() + ":"
                    + config.port() + " (" + rootMessage(e) + "); is the port taken? try --port", e);
        }
    }

    /**
     * Query and Graph Store read endpoints only, each with the query timeout in its own context:
     * Fuseki merges the endpoint's context into each request's, so the store's context stays as is.
     */
    private static DataService readOnlyService(DatasetGraph dsg, ServerConfig config, Context context) {
        DataService.Builder service = DataService.newBuilder(dsg);
        for (String name : new String[] {"sparql", "query", null}) {
            service.addEndpoint(endpoint(Operation.Query, name, context).processor(new RowCappedQuery(config.maxRows()))
                    .build());
        }
        for (String name : new String[] {"get", "data", null}) {
            service.addEndpoint(endpoint(Operation.GSP_R, name, context).build());
        }
        return service.build();
    }

    /**
     * The query timeout and the SERVICE allow-list (ahead of the global SERVICE chain as it is
     * now); with an empty list SERVICE is switched off altogether.
     */
    static Context endpointContext(ServerConfig config) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, !config.serviceAllowList().isEmpty());
        ServiceExecutorRegistry.set(context, new ServiceAllowList(config.serviceAllowList()).registry());
        return context;
    }

    static Endpoint.Builder endpoint(Operation op, String name, Context context) {
        Endpoint.Builder b = Endpoint.create().operation(op).context(context);
        if (name != null) {
            b.endpointName(name);
        }
        return b;
    }

    /** The SPARQL Update endpoint, when credentials were configured. */
    public Optional<URI> updateUri() {
        return config.admin().map(a -> baseUri().resolve(ServerConfig.ADMIN_DATASET.substring(1) + "/update"));
    }

    /** The Graph Store read-write endpoint, when credentials were configured. */
    public Optional<URI> adminGraphStoreUri() {
        return config.admin().map(a -> baseUri().resolve(ServerConfig.ADMIN_DATASET.substring(1) + "/data"));
    }

    /** Fuseki binds either loopback or every interface; a named host narrows the connectors to it. */
    private static void bindHost(FusekiServer server, String host) {
        if (host.equals("localhost") || host.equals("0.0.0.0")) {
            return;
        }
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** {@code http://host:port/}: the UI. */
    public URI baseUri() {
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The SPARQL query endpoint. */
    public URI sparqlUri() {
        return baseUri().resolve(ServerConfig.DATASET.substring(1) + "/sparql");
    }

    /** The Graph Store Protocol read endpoint ({@code ?graph=IRI} or {@code ?default}). */
    public URI graphStoreUri() {
        return baseUri().resolve(ServerConfig.DATASET.substring(1) + "/get");
    }

    public ServerConfig config() {
        return config;
    }

    /** Blocks until the server stops (for {@code serve}, until the process is killed). */
    public void join() {
        server.join();
    }

    /** Stops the server; closing twice (a shutdown hook racing the main thread) is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        uiResources.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
