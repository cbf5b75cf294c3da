package org.w3id.deportationdeals.server;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** How the pages name things: the label the graph gives a node, else a compact name for its IRI. */
final class Labels {

    /** The prefixes of {@code prefixes.ttl}, shared read-only. */
    static final PrefixMapping PREFIXES = loadPrefixes();

    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("https://schema.org/name"));

    private Labels() {}

    /** The label of a node: English or untagged first; for an IRI without one, its prefixed or local name. */
    static String label(Graph graph, Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        for (Node property : LABEL_PROPERTIES) {
            String best = null;
            for (Triple t : graph.find(node, property, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                String lang = t.getObject().getLiteralLanguage();
                String text = t.getObject().getLiteralLexicalForm();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    return text;
                }
                if (best == null) {
                    best = text;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return shortName(node);
    }

    /** {@code dd:Payment} for a term of a known vocabulary, the last path segment otherwise. */
    static String shortName(Node node) {
        if (!node.isURI()) {
            return node.isBlank() ? "(unnamed node)" : node.toString();
        }
        String iri = node.getURI();
        String qname = PREFIXES.qnameFor(iri);
        if (qname != null && !qname.startsWith("ddid:") && !qname.startsWith("ddg:")) {
            return qname;
        }
        if (Namespace.contains(iri)) {
            return iri.substring(iri.indexOf("/", "https://w3id.org/".length()) + 1);
        }
        return iri;
    }

    private static PrefixMapping loadPrefixes() {
        Graph holder = GraphFactory.createDefaultGraph();
        try (InputStream in = Labels.class.getResourceAsStream("prefixes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource prefixes.ttl of " + Labels.class.getPackageName());
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(holder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prefixes.ttl", e);
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefixes(holder.getPrefixMapping());
        return prefixes.lock();
    }
}
