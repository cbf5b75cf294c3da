package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.deportationdeals.vocab.DD;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a GET on the path of any IRI under {@code https://w3id.org/deportation-deals/} (served at
 * {@code /deportation-deals/…}) with a description of that IRI.
 * <p>
 * The IRIs have no hash and answer 200 directly (no 303 to a separate document): the description is chosen by the
 * {@code Accept} header, the response says {@code Vary: Accept} and names the document it sent in
 * {@code Content-Location} ({@code …/RW.ttl}), and that document can be fetched directly by its extension
 * ({@code .html .ttl .jsonld .nt .rdf}). An IRI the graph does not mention is 404; an Accept header that allows none
 * of the forms is 406.
 * <ul>
 *   <li>the ontology IRI answers the ontology, as generated documentation or as RDF; its terms
 *       ({@code …/ontology#Payment}) are anchors of that page;</li>
 *   <li>a named graph's IRI answers the graph's triples;</li>
 *   <li>any other IRI answers its symmetric concise bounded description (its triples, and those pointing at it).</li>
 * </ul>
 */
final class LinkedDataServlet extends HttpServlet {

    private final transient KnowledgeGraph graph;

    LinkedDataServlet(KnowledgeGraph graph) {
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(Namespace.PATH) || path.equals(Namespace.PATH.substring(0, Namespace.PATH.length() - 1))) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/");
            return;
        }
        // A path ending in a known extension names that document, if what precedes the extension is a resource;
        // otherwise the extension is part of the IRI itself.
        Optional<Representation> byExtension = Representation.ofExtension(path);
        if (byExtension.isPresent()) {
            String resourcePath = path.substring(0, path.length() - byExtension.get().extension.length() - 1);
            Optional<String> iri = Namespace.iriOf(resourcePath);
            if (iri.isPresent() && exists(iri.get()) && !exists(Namespace.iriOf(path).orElseThrow())) {
                answer(iri.get(), resourcePath, byExtension.get(), false, response);
                return;
            }
        }
        String iri = Namespace.iriOf(path).orElseThrow();
        if (!exists(iri)) {
            notFound(iri, response);
            return;
        }
        Optional<Representation> negotiated = Representation.negotiate(request);
        response.setHeader("Vary", "Accept");
        if (negotiated.isEmpty()) {
            Representation.notAcceptable(response);
            return;
        }
        answer(iri, path, negotiated.get(), true, response);
    }

    private boolean exists(String iri) {
        if (iri.equals(DD.ONTOLOGY)) {
            return true;
        }
        Node node = NodeFactory.createURI(iri);
        return graph.readDataset(ds -> ds.containsGraph(node))
                || graph.read(union -> ResourceDescription.isKnown(union, node));
    }

    private void answer(String iri, String resourcePath, Representation representation, boolean negotiated,
                        HttpServletResponse response) throws IOException {
        Node node = NodeFactory.createURI(iri);
        if (negotiated) {
            response.setHeader("Content-Location", resourcePath + "." + representation.extension);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (iri.equals(DD.ONTOLOGY)) {
            Graph ontology = graph.readDataset(ds -> OntologyPage.ontologyGraph(ds, KnowledgeGraph.union(ds)));
            if (representation.isRdf()) {
                representation.write(ontology, response);
            } else {
                Representation.writeHtml(OntologyPage.render(ontology), response);
            }
            return;
        }
        if (graph.readDataset(ds -> ds.containsGraph(node))) {
            if (representation.isRdf()) {
                Graph content = graph.readDataset(ds -> GraphPage.content(ds.getGraph(node), KnowledgeGraph.union(ds), node));
                representation.write(content, response);
            } else {
                String page = graph.readDataset(ds -> GraphPage.render(ds.getGraph(node), KnowledgeGraph.union(ds), node, resourcePath));
                Representation.writeHtml(page, response);
            }
            return;
        }
        if (representation.isRdf()) {
            representation.write(graph.read(union -> ResourceDescription.of(union, node)), response);
        } else {
            Representation.writeHtml(graph.read(union -> ResourcePage.render(union, node, resourcePath)), response);
        }
    }

    private static void notFound(String iri, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Html html = new Html("Not found");
        html.element("h1", "Not found").raw("<p>").text("The knowledge graph says nothing about ").raw("<code>")
                .text(iri).raw("</code>.</p>");
        Representation.writeHtml(html.finish(), response);
    }
}
