package org.w3id.deportationdeals.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A small knowledge graph for the server tests: two article graphs about two countries and one triple in the default
 * graph, so a query can tell which graphs it was given.
 */
final class TestGraph {

    static final String NS = "http://example.org/kg-test/";
    static final String ARTICLE_1 = NS + "graph/article-1";
    static final String ARTICLE_2 = NS + "graph/article-2";
    static final String ESWATINI = NS + "eswatini";
    static final String RWANDA = NS + "rwanda";
    static final String KG = NS + "kg";

    static final String PREFIXES = """
            PREFIX ex: <http://example.org/kg-test/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static final String TRIG = PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + """
            ex:kg rdfs:label "test knowledge graph" .

            <http://example.org/kg-test/graph/article-1> {
                ex:eswatini a ex:Country ;
                    rdfs:label "Eswatini" ;
                    ex:deporteesAccepted 5 .
            }

            <http://example.org/kg-test/graph/article-2> {
                ex:rwanda a ex:Country ;
                    rdfs:label "Rwanda" ;
                    ex:paymentUsd 7500000 .
            }
            """;

    private TestGraph() {}

    static DatasetGraph create() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        return dsg;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
