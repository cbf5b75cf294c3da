package org.w3id.deportationdeals.server;

import java.time.Duration;
import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The view of the caller's dataset that the server publishes: read-only, so no endpoint, mistake in configuration or
 * future Fuseki default can write to the knowledge graph, and carrying this server's query settings in its own
 * context.
 * <p>
 * Fuseki merges the dataset's context into every request's execution context (after the global ARQ context), so the
 * settings here apply to this server only: the caller's dataset, the JVM-wide ARQ context and any other server in
 * the same JVM are left untouched.
 */
final class PublishedDataset {

    private PublishedDataset() {}

    static DatasetGraph readOnly(DatasetGraph source, Duration queryTimeout, List<String> allowedServices) {
        // Copy, not share: the wrapper would otherwise hand out (and we would write into) the caller's context.
        Context context = source.getContext() == null ? new Context() : source.getContext().copy();

        // arq:queryTimeout is read by Fuseki as milliseconds (the ?timeout= request parameter is in seconds, and
        // Fuseki applies the smaller of the two, so a client can shorten but never lengthen it).
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));

        // Two locks on outgoing SERVICE calls: ARQ's own switch, and a private executor registry whose first link
        // refuses any endpoint not on the allow-list. The registry is built from scratch, not copied from the
        // global one, so no executor registered elsewhere in the JVM can bypass the list.
        context.set(ARQ.httpServiceAllowed, !allowedServices.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        if (!allowedServices.isEmpty()) {
            registry.add(ServiceExecutorRegistry.httpService);
        }
        registry.addSingleLink(new ServiceAllowList(allowedServices));
        ServiceExecutorRegistry.set(context, registry);

        return new DatasetGraphReadOnly(source, context);
    }
}
