package org.conflictkg.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the server's SERVICE chain: a federated query may only call the listed
 * endpoints, so that a query sent to this server cannot make it fetch arbitrary URLs (on this
 * machine's network or anywhere). It judges the IRI the query names (the original operation,
 * or the bound IRI for {@code SERVICE ?var}) and passes allowed calls down the rest of the chain
 * unchanged, so links further down (a redirect, a cache, the HTTP executor) still apply. A refused
 * call fails the query with {@link QueryDeniedException}, which Fuseki answers with a 422.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final Set<String> allowed;

    ServiceAllowList(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** The global registry's links (as they are now) behind this allow-list, for a server's context. */
    ServiceExecutorRegistry registry() {
        ServiceExecutorRegistry reg = ServiceExecutorRegistry.get().copy();
        reg.addSingleLink(this);
        return reg;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node named = opOriginal.getService().isURI() ? opOriginal.getService() : opExecute.getService();
        String iri = named.isURI() ? named.getURI() : String.valueOf(named);
        if (!allowed.contains(iri)) {
            throw new QueryDeniedException("SERVICE <" + iri + "> is not allowed on this server; allowed: "
                    + (allowed.isEmpty() ? "none" : allowed.toString()) + " (the operator sets them with "
                    + "--service-allow URL)");
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
