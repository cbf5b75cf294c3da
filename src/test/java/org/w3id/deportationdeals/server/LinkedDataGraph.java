package org.w3id.deportationdeals.server;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The test graph {@code linked-data.trig} (ontology, reference and one article graph in the project's IRI patterns)
 * in an in-memory TDB2 dataset whose default graph is the union of the named graphs, as the store publishes it.
 */
final class LinkedDataGraph {

    static final String RWANDA = "https://w3id.org/deportation-deals/id/country/RW";
    static final String PAYMENT = "https://w3id.org/deportation-deals/id/payment/rw-1";
    static final String ARTICLE = "https://w3id.org/deportation-deals/id/article/003";
    static final String SENTENCE = ARTICLE + "/sentence/4";
    static final String ARTICLE_GRAPH = "https://w3id.org/deportation-deals/graph/article/003";

    private LinkedDataGraph() {}

    static DatasetGraph create() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFParser.source(LinkedDataGraph.class.getResourceAsStream("linked-data.trig"))
                .lang(Lang.TRIG).parse(dsg));
        return dsg;
    }

    /** The server path of an IRI of our namespace. */
    static String path(KgServer server, String iri) {
        return server.serverUrl() + iri.substring("https://w3id.org/".length());
    }
}
