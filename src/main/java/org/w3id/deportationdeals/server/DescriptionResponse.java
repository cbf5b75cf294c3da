package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a description the server generates (the service description, the VoID description) in the form the
 * client accepts: RDF, or for a browser an HTML page with one table per described resource.
 */
final class DescriptionResponse {

    private DescriptionResponse() {}

    static void answer(HttpServletRequest request, HttpServletResponse response, String title, String intro,
                       Graph description) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Representation> chosen = Representation.negotiate(request);
        if (chosen.isEmpty()) {
            Representation.notAcceptable(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (chosen.get().isRdf()) {
            chosen.get().write(description, response);
            return;
        }
        Html html = new Html(title);
        html.element("h1", title).raw("<p>").text(intro).raw("</p>");
        html.raw("<p class=\"formats\">Also as: ");
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                html.raw("<code>").text("Accept: " + r.mediaType).raw("</code> ");
            }
        }
        html.raw("</p>");
        for (Node root : roots(description)) {
            html.raw("<h2>").link(root.getURI(), Labels.label(description, root)).raw("</h2>");
            ResourcePage.properties(description, root, html, 0, false);
        }
        Representation.writeHtml(html.finish(), response);
    }

    /** The IRI subjects; blank nodes are shown nested under them. */
    private static List<Node> roots(Graph g) {
        Set<Node> roots = new LinkedHashSet<>();
        g.find().forEach(t -> {
            if (t.getSubject().isURI()) {
                roots.add(t.getSubject());
            }
        });
        List<Node> list = new ArrayList<>(roots);
        list.sort(Comparator.comparing(Node::getURI));
        return list;
    }
}
