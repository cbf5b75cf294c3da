package org.w3id.deportationdeals.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a GET on a query endpoint ({@code /kg/sparql}, {@code /kg/query}, {@code /kg}) that carries no query
 * string with the endpoint's SPARQL Service Description, as the Service Description recommendation asks; every
 * other request goes on to Fuseki. It sits before Fuseki's dispatch filter, which would answer 404.
 */
final class ServiceDescriptionFilter extends HttpFilter {

    private final transient KnowledgeGraph graph;
    private final boolean federated;

    ServiceDescriptionFilter(KnowledgeGraph graph, boolean federated) {
        this.graph = graph;
        this.federated = federated;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        boolean endpoint = path.equals(KgServer.DATASET) || path.equals(KgServer.DATASET + "/sparql")
                || path.equals(KgServer.DATASET + "/query");
        boolean noQuery = request.getQueryString() == null || request.getQueryString().isEmpty();
        if (!endpoint || !noQuery || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        String base = ServerBase.of(request);
        String endpointUrl = base + path.substring(1);
        var description = graph.readDataset(ds -> ServiceDescription.of(endpointUrl, base + ".well-known/void", ds, federated));
        DescriptionResponse.answer(request, response, "SPARQL endpoint " + endpointUrl,
                "This is a read-only SPARQL 1.1 query endpoint. Send a query with ?query= (GET) or POST it; try the"
                        + " query page at /query.html.", description);
    }
}
