package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.vocab.DD;

/**
 * Every IRI of our namespace that the graph uses, as graph name, subject, property or object, can be looked up: it answers 200
 * as an HTML page and as Turtle that says something about it; every ontology term has its anchor on the ontology page.
 */
class EveryIriResolvesTest {

    @Test
    void every_iri_of_the_test_graph_dereferences_and_every_term_has_an_anchor() throws Exception {
        assertEveryIriResolves(LinkedDataGraph.create());
    }

    /** Walks the dataset's IRIs against a server publishing it; shared with the seed-graph walk. */
    @Test
    void every_iri_of_the_seed_graph_dereferences() throws Exception {
        try (org.w3id.deportationdeals.store.KgStore store = org.w3id.deportationdeals.store.KgStore.inMemory()) {
            store.replaceWith(org.w3id.deportationdeals.SeedCorpus.built().dataset());
            assertEveryIriResolves(store.datasetGraph());
        }
    }

    static void assertEveryIriResolves(DatasetGraph dataset) throws Exception {
        Set<String> iris = new TreeSet<>();
        Set<String> graphNames = new TreeSet<>();
        Txn.executeRead(dataset, () -> {
            dataset.listGraphNodes().forEachRemaining(g -> graphNames.add(g.getURI()));
            dataset.find().forEachRemaining(q -> {
                for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(DD.BASE)) {
                        iris.add(n.getURI());
                    }
                }
            });
        });
        Set<String> documents = new TreeSet<>();
        Set<String> terms = new TreeSet<>();
        for (String iri : iris) {
            // Terms are fragments of the ontology document: checked as anchors of its page, not fetched one by one.
            if (iri.startsWith(DD.NS)) {
                terms.add(iri.substring(DD.NS.length()));
            } else {
                documents.add(iri);
            }
        }
        assertFalse(documents.isEmpty());
        Serving.serve(dataset, server -> {
            List<String> failures = new ArrayList<>();
            for (String iri : documents) {
                String url = server.resourceUrl(iri);
                HttpResponse<String> page = Http.get(url, "text/html");
                if (page.statusCode() != 200 || !Http.mediaType(page).equals("text/html")) {
                    failures.add("HTML " + page.statusCode() + " " + iri);
                }
                HttpResponse<String> turtle = Http.get(url, "text/turtle");
                if (turtle.statusCode() != 200 || !Http.mediaType(turtle).equals("text/turtle")) {
                    failures.add("Turtle " + turtle.statusCode() + " " + iri);
                    continue;
                }
                Graph described = Results.graph(turtle);
                Node node = NodeFactory.createURI(iri);
                // A named graph answers its content, which need not mention the graph's name.
                boolean aboutIt = graphNames.contains(iri) ? !described.isEmpty()
                        : described.contains(node, Node.ANY, Node.ANY) || described.contains(Node.ANY, Node.ANY, node);
                if (!aboutIt) {
                    failures.add("Turtle says nothing about " + iri);
                }
            }
            String ontologyPage = Http.get(server.resourceUrl(DD.ONTOLOGY), "text/html").body();
            for (String term : terms) {
                if (!ontologyPage.contains("id=\"" + Html.escape(term) + "\"")) {
                    failures.add("no anchor for ontology term " + term);
                }
            }
            assertTrue(failures.isEmpty(), () -> failures.size() + " of " + (documents.size() + terms.size())
                    + " IRIs fail:\n" + String.join("\n", failures));
            assertEquals(404, Http.get(server.resourceUrl(DD.ID + "no-such-thing"), "text/html").statusCode());
        });
    }
}
