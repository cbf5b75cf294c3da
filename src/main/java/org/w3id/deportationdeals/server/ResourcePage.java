package org.w3id.deportationdeals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.w3id.deportationdeals.vocab.DD;

/**
 * The HTML page of one resource: its label and types, every property with its values as links, the evidence
 * sentences of a fact with the cited words highlighted, and the resources that point at it.
 */
final class ResourcePage {

    /** Incoming links shown on one page; the RDF representations carry them all. */
    static final int MAX_INCOMING = 500;

    private ResourcePage() {}

    static String render(Graph g, Node iri, String localPath) {
        String label = Labels.label(g, iri);
        Html html = new Html(label);
        html.element("h1", label);
        html.raw("<div class=\"iri\">").text(iri.getURI()).raw("</div>");
        List<Node> types = objects(g, iri, RDF.type.asNode());
        if (!types.isEmpty()) {
            html.raw("<p>");
            for (int i = 0; i < types.size(); i++) {
                html.text(i == 0 ? "A " : ", ");
                value(g, types.get(i), html, 0);
            }
            html.raw("</p>");
        }
        formats(html, localPath);

        html.element("h2", "Properties");
        properties(g, iri, html, 0, true);

        if (EvidenceView.isEvidence(g, iri)) {
            EvidenceView.render(g, iri, html);
        }
        List<Node> evidence = objects(g, iri, DD.evidence.asNode());
        if (!evidence.isEmpty()) {
            html.element("h2", "Evidence (" + evidence.size() + ")");
            for (Node e : evidence) {
                EvidenceView.render(g, e, html);
            }
        }

        List<Triple> incoming = g.find(Node.ANY, Node.ANY, iri).toList();
        if (!incoming.isEmpty()) {
            html.element("h2", "What points here (" + incoming.size() + ")");
            html.raw("<table><tr><th>Resource</th><th>Property</th><th>Evidence</th></tr>\n");
            incoming.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString())
                    .thenComparing(t -> t.getSubject().toString()));
            int shown = 0;
            for (Triple t : incoming) {
                if (shown++ == MAX_INCOMING) {
                    html.raw("<tr><td colspan=\"3\">").text("… " + (incoming.size() - MAX_INCOMING)
                            + " more in the RDF representations").raw("</td></tr>");
                    break;
                }
                html.raw("<tr><td>");
                value(g, t.getSubject(), html, 2);
                List<Node> subjectTypes = objects(g, t.getSubject(), RDF.type.asNode());
                if (!subjectTypes.isEmpty()) {
                    html.raw(" <span class=\"dt\">").text(Labels.label(g, subjectTypes.get(0))).raw("</span>");
                }
                html.raw("</td><td>");
                value(g, t.getPredicate(), html, 2);
                html.raw("</td><td>");
                objects(g, t.getSubject(), DD.evidence.asNode()).stream().findFirst()
                        .ifPresent(e -> EvidenceView.render(g, e, html));
                html.raw("</td></tr>\n");
            }
            html.raw("</table>");
        }
        return html.finish();
    }

    /** Links to the same description in each RDF form. */
    static void formats(Html html, String localPath) {
        html.raw("<p class=\"formats\">Also as: ");
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                html.link(localPath + "." + r.extension, r.name().equals("JSONLD") ? "JSON-LD"
                        : r.name().equals("NTRIPLES") ? "N-Triples" : r.name().equals("RDFXML") ? "RDF/XML" : "Turtle");
            }
        }
        html.raw("</p>");
    }

    /** A table of the node's properties (other than rdf:type at the top level) grouped by property. */
    static void properties(Graph g, Node subject, Html html, int depth, boolean skipType) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        List<Triple> triples = new ArrayList<>(g.find(subject, Node.ANY, Node.ANY).toList());
        triples.sort(Comparator.comparing(t -> Labels.shortName(t.getPredicate())));
        for (Triple t : triples) {
            if (skipType && t.getPredicate().equals(RDF.type.asNode())) {
                continue;
            }
            byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
        }
        if (byProperty.isEmpty()) {
            html.raw("<p>").text("No properties.").raw("</p>");
            return;
        }
        html.raw("<table>");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            html.raw("<tr><td class=\"p\">");
            html.link(e.getKey().getURI(), Labels.shortName(e.getKey()));
            html.raw("</td><td>");
            List<Node> values = e.getValue();
            values.sort(Comparator.comparing(Node::toString));
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    html.raw("<br>");
                }
                value(g, values.get(i), html, depth);
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</table>");
    }

    /** One value: an IRI as a link named by its label, a literal with its language or datatype, a blank node nested. */
    static void value(Graph g, Node node, Html html, int depth) {
        if (node.isURI()) {
            html.link(node.getURI(), Labels.label(g, node));
        } else if (node.isLiteral()) {
            html.text(node.getLiteralLexicalForm());
            String lang = node.getLiteralLanguage();
            String datatype = node.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                html.raw(" <span class=\"dt\">@").text(lang).raw("</span>");
            } else if (datatype != null && !datatype.equals(XSD.xstring.getURI())) {
                html.raw(" <span class=\"dt\">").text(Labels.shortName(org.apache.jena.graph.NodeFactory.createURI(datatype)))
                        .raw("</span>");
            }
        } else if (node.isBlank() && depth < 3) {
            properties(g, node, html, depth + 1, false);
        } else {
            html.text(Labels.shortName(node));
        }
    }

    static List<Node> objects(Graph g, Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        g.find(subject, property, Node.ANY).forEach(t -> objects.add(t.getObject()));
        objects.sort(Comparator.comparing(Node::toString));
        return objects;
    }
}
