package org.w3id.deportationdeals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * A named graph's IRI answers with the graph itself: its triples as RDF, or as HTML a count and the resources it
 * describes, grouped by type, each linked to its own page.
 */
final class GraphPage {

    /** Resources listed on one page; the RDF representations carry the whole graph. */
    static final int MAX_LISTED = 2000;

    private GraphPage() {}

    /** The graph's triples, plus whatever the union says about the graph's IRI (its provenance, for one). */
    static Graph content(Graph named, Graph union, Node name) {
        Graph result = GraphFactory.createDefaultGraph();
        result.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        named.find().forEach(result::add);
        ResourceDescription.addClosure(union, name, result);
        return result;
    }

    static String render(Graph named, Graph union, Node name, String localPath) {
        String label = Labels.label(union, name);
        Html html = new Html("Graph " + label);
        html.element("h1", "Named graph " + label);
        html.raw("<div class=\"iri\">").text(name.getURI()).raw("</div>");
        ResourcePage.formats(html, localPath);
        Set<Node> subjects = new LinkedHashSet<>();
        named.find().forEach(t -> subjects.add(t.getSubject()));
        html.raw("<p>").text(named.size() + " triples about " + subjects.size() + " resources. Query it with ")
                .raw("<code>").text("GRAPH <" + name.getURI() + "> { … }").raw("</code>.</p>");
        if (union.contains(name, Node.ANY, Node.ANY)) {
            html.element("h2", "About this graph");
            ResourcePage.properties(union, name, html, 0, false);
        }
        Map<String, List<Node>> byType = new TreeMap<>();
        for (Node s : subjects) {
            if (!s.isURI()) {
                continue;
            }
            List<Node> types = ResourcePage.objects(named, s, RDF.type.asNode());
            String type = types.isEmpty() ? "(no type)" : Labels.label(union, types.get(0));
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(s);
        }
        int listed = 0;
        for (Map.Entry<String, List<Node>> e : byType.entrySet()) {
            html.element("h2", e.getKey() + " (" + e.getValue().size() + ")");
            html.raw("<ul>");
            e.getValue().sort(Comparator.comparing(Node::getURI));
            for (Node s : e.getValue()) {
                if (listed++ >= MAX_LISTED) {
                    break;
                }
                html.raw("<li>").link(s.getURI(), Labels.label(union, s)).raw("</li>");
            }
            html.raw("</ul>");
        }
        return html.finish();
    }
}
