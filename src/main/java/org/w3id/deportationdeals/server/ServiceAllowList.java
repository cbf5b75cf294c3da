package org.w3id.deportationdeals.server;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.web.HttpSC;

/**
 * First link of the published dataset's SERVICE executor chain: passes a {@code SERVICE <endpoint>} call on only when
 * the endpoint IRI is on the allow-list, so the public endpoint cannot be used to make requests to other machines
 * (server-side request forgery). An empty list refuses every SERVICE call. A refusal answers the client 403 Forbidden
 * with the reason; the refused endpoint is never contacted.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final Set<String> allowed;

    ServiceAllowList(List<String> allowedEndpoints) {
        this.allowed = Set.copyOf(allowedEndpoints);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node endpoint = opExecute.getService();
        // A variable endpoint (SERVICE ?x) that is still unbound here names nothing we could check: refuse it.
        if (endpoint.isURI() && allowed.contains(endpoint.getURI())) {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        }
        // Fuseki turns this exception into the response status; any other exception would become a 500 with a logged
        // stack trace, but a refused SERVICE is the client asking for something the server does not do.
        throw new ActionErrorException(HttpSC.FORBIDDEN_403, refusal(endpoint), null);
    }

    private String refusal(Node endpoint) {
        String name = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString();
        if (allowed.isEmpty()) {
            return "SERVICE " + name + " refused: this endpoint makes no outgoing SERVICE calls";
        }
        return "SERVICE " + name + " refused: this endpoint only calls " + new TreeSet<>(allowed);
    }
}
