package org.conflictkg.query;

import java.net.ServerSocket;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;

/**
 * A second Fuseki on loopback serving a small Wikidata-shaped dataset, and an in-JVM redirect of
 * the public endpoint IRI to it, so the federated queries under test are exactly the files a user
 * runs against the real Wikidata. The redirect is a link in ARQ's service executor chain.
 */
final class WikidataStandIn implements AutoCloseable {

    static final String PUBLIC_ENDPOINT = "https://query.wikidata.org/sparql";

    private final FusekiServer server;
    private final ChainingServiceExecutor redirect;
    private int calls;

    WikidataStandIn() throws Exception {
        Dataset data = DatasetFactory.create(RDFDataMgr.loadModel("src/test/resources/wikidata-standin/wikidata.ttl"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = FusekiServer.create().loopback(true).port(port).add("/wikidata", data, false).build().start();
        String local = "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
        redirect = (opExec, opOrig, binding, execCxt, chain) -> {
            if (opExec.getService().isURI() && opExec.getService().getURI().equals(PUBLIC_ENDPOINT)) {
                calls++;
                OpService moved = new OpService(NodeFactory.createURI(local), opExec.getSubOp(), opExec.getSilent());
                return chain.createExecution(moved, opOrig, binding, execCxt);
            }
            return chain.createExecution(opExec, opOrig, binding, execCxt);
        };
        ServiceExecutorRegistry.get().addSingleLink(redirect);
    }

    /** How many SERVICE calls to the public endpoint were redirected here. */
    int calls() {
        return calls;
    }

    @Override
    public void close() {
        ServiceExecutorRegistry.get().removeSingleLink(redirect);
        server.stop();
    }
}
