package org.w3id.deportationdeals.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/): what
 * language and result formats it speaks, that its default graph is the union of the named graphs, and which named
 * graphs it holds with their sizes. Fuseki itself answers a GET without a query with 404.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String VOID = "http://rdfs.org/ns/void#";

    /** What the query endpoint can write, as W3C format IRIs. */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads");

    private ServiceDescription() {}

    /** Only valid inside a read transaction on {@code dataset}. */
    static Graph of(String endpoint, String voidUrl, DatasetGraph dataset, boolean federated) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        Node service = NodeFactory.createURI(endpoint);
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), service);
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        if (federated) {
            g.add(service, sd("feature"), sd("BasicFederatedQuery"));
        }
        g.add(service, sd("defaultEntailmentRegime"), NodeFactory.createURI("http://www.w3.org/ns/entailment/Simple"));
        for (String format : RESULT_FORMATS) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }

        Node described = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), described);
        g.add(described, RDF.type.asNode(), sd("Dataset"));
        g.add(described, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"), NodeFactory.createURI(voidUrl));
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(described, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        g.add(defaultGraph, voidTerm("triples"), count(KnowledgeGraph.union(dataset).size()));
        for (Node name : KnowledgeGraph.graphNames(dataset)) {
            Node named = NodeFactory.createBlankNode();
            Node graph = NodeFactory.createBlankNode();
            g.add(described, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), name);
            g.add(named, sd("graph"), graph);
            g.add(graph, RDF.type.asNode(), sd("Graph"));
            g.add(graph, voidTerm("triples"), count(dataset.getGraph(name).size()));
        }
        return g;
    }

    static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}
