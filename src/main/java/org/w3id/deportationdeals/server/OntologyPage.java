package org.w3id.deportationdeals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.deportationdeals.vocab.DD;

/**
 * The ontology IRI's documentation, generated from the ontology itself: one section per term with an anchor named
 * after the term's local name, so {@code …/ontology#Payment} lands on the Payment section.
 */
final class OntologyPage {

    private OntologyPage() {}

    /**
     * The ontology as RDF: the ontology's own named graph when the store has it, otherwise every triple about the
     * ontology IRI and its terms (with their blank nodes) found in the union.
     */
    static Graph ontologyGraph(DatasetGraph dataset, Graph union) {
        Graph result = GraphFactory.createDefaultGraph();
        result.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        Node graphName = NodeFactory.createURI(DD.ONTOLOGY_GRAPH);
        if (dataset.containsGraph(graphName) && !dataset.getGraph(graphName).isEmpty()) {
            dataset.getGraph(graphName).find().forEach(result::add);
            return result;
        }
        for (Node subject : terms(union)) {
            ResourceDescription.addClosure(union, subject, result);
        }
        return result;
    }

    /** The ontology IRI and every subject in the term namespace. */
    static Set<Node> terms(Graph g) {
        Set<Node> terms = new LinkedHashSet<>();
        g.find().forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && (s.getURI().equals(DD.ONTOLOGY) || s.getURI().startsWith(DD.NS))) {
                terms.add(s);
            }
        });
        return terms;
    }

    static String render(Graph ontology) {
        Node ontologyNode = NodeFactory.createURI(DD.ONTOLOGY);
        String title = ontology.contains(ontologyNode, Node.ANY, Node.ANY)
                ? Labels.label(ontology, ontologyNode) : "Deportation deals ontology";
        if (title.equals(Labels.shortName(ontologyNode))) {
            title = "Deportation deals ontology";
        }
        Html html = new Html(title);
        html.element("h1", title);
        html.raw("<div class=\"iri\">").text(DD.ONTOLOGY).raw("</div>");
        ResourcePage.formats(html, Namespace.link(DD.ONTOLOGY));
        ResourcePage.properties(ontology, ontologyNode, html, 0, true);

        Map<String, List<Node>> sections = new LinkedHashMap<>();
        sections.put("Classes", typed(ontology, OWL.Class.asNode(), RDFS.Class.asNode()));
        sections.put("Object properties", typed(ontology, OWL.ObjectProperty.asNode()));
        sections.put("Datatype properties", typed(ontology, OWL.DatatypeProperty.asNode()));
        sections.put("Annotation properties", typed(ontology, OWL.AnnotationProperty.asNode()));
        sections.put("Other properties", typed(ontology, RDF.Property.asNode()));
        sections.put("Concept schemes", typed(ontology, SKOS.ConceptScheme.asNode()));
        sections.put("Concepts", concepts(ontology));
        sections.put("Named individuals", typed(ontology, OWL2.NamedIndividual.asNode()));
        Set<Node> placed = new LinkedHashSet<>();
        for (List<Node> list : sections.values()) {
            list.removeAll(placed);
            placed.addAll(list);
        }
        List<Node> others = new ArrayList<>();
        for (Node term : terms(ontology)) {
            if (!placed.contains(term) && !term.getURI().equals(DD.ONTOLOGY)) {
                others.add(term);
            }
        }
        others.sort(Comparator.comparing(Node::getURI));
        sections.put("Other terms", others);

        html.raw("<p>");
        for (Map.Entry<String, List<Node>> e : sections.entrySet()) {
            if (!e.getValue().isEmpty()) {
                html.text(e.getKey() + " (" + e.getValue().size() + ") ");
            }
        }
        html.raw("</p>");
        for (Map.Entry<String, List<Node>> e : sections.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            html.element("h2", e.getKey());
            html.raw("<p>");
            for (Node term : e.getValue()) {
                html.link(term.getURI(), localName(term)).text(" ");
            }
            html.raw("</p>");
            for (Node term : e.getValue()) {
                html.raw("<section class=\"term\" id=\"").text(localName(term)).raw("\">");
                html.raw("<h3>").text(Labels.label(ontology, term)).raw(" <code>").text(Labels.shortName(term))
                        .raw("</code></h3><div class=\"iri\">").text(term.getURI()).raw("</div>");
                List<Node> types = ResourcePage.objects(ontology, term, RDF.type.asNode());
                if (!types.isEmpty()) {
                    html.raw("<p>");
                    for (int i = 0; i < types.size(); i++) {
                        html.text(i == 0 ? "A " : ", ");
                        ResourcePage.value(ontology, types.get(i), html, 0);
                    }
                    html.raw("</p>");
                }
                ResourcePage.properties(ontology, term, html, 0, true);
                html.raw("</section>\n");
            }
        }
        return html.finish();
    }

    static String localName(Node term) {
        String iri = term.getURI();
        return iri.startsWith(DD.NS) ? iri.substring(DD.NS.length()) : iri;
    }

    /**
     * SKOS concepts: typed skos:Concept or an instance of a subclass of it (the ontology types its controlled values
     * by their own concept classes, e.g. dd:ResponseKind), or placed in a scheme.
     */
    private static List<Node> concepts(Graph g) {
        Set<Node> conceptClasses = new LinkedHashSet<>(List.of(SKOS.Concept.asNode()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Triple t : g.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList()) {
                if (conceptClasses.contains(t.getObject()) && conceptClasses.add(t.getSubject())) {
                    grew = true;
                }
            }
        }
        Set<Node> found = new LinkedHashSet<>(typed(g, conceptClasses.toArray(Node[]::new)));
        for (Triple t : g.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).toList()) {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DD.NS)) {
                found.add(t.getSubject());
            }
        }
        List<Node> list = new ArrayList<>(found);
        list.sort(Comparator.comparing(Node::getURI));
        return list;
    }

    private static List<Node> typed(Graph g, Node... classes) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node c : classes) {
            for (Triple t : g.find(Node.ANY, RDF.type.asNode(), c).toList()) {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DD.NS)) {
                    found.add(t.getSubject());
                }
            }
        }
        List<Node> list = new ArrayList<>(found);
        list.sort(Comparator.comparing(Node::getURI));
        return list;
    }
}
