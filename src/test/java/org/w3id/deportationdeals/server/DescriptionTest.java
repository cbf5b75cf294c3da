package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.vocab.DD;

/** The endpoint and the dataset describe themselves, and the server's front page says what is there and how to ask. */
class DescriptionTest {

    static final Path QUERIES = Path.of("src/test/resources/org/w3id/deportationdeals/server/queries");
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        assertEquals(1, found.size(), () -> "expected one " + p + " of " + s + ", got " + found);
        return found.get(0).getObject();
    }

    private static long integer(Graph g, Node s, Node p) {
        return Long.parseLong(one(g, s, p).getLiteralLexicalForm());
    }

    @Test
    void a_get_on_the_endpoint_without_a_query_answers_its_service_description() throws Exception {
        DatasetGraph dataset = LinkedDataGraph.create();
        Node articleGraph = NodeFactory.createURI(LinkedDataGraph.ARTICLE_GRAPH);
        long articleTriples = Txn.calculateRead(dataset, () -> (long) dataset.getGraph(articleGraph).size());
        Serving.serve(dataset, server -> {
            Graph sd = Results.graph(Http.get(server.sparqlUrl(), "text/turtle"));
            Node service = NodeFactory.createURI(server.sparqlUrl());
            assertTrue(sd.contains(service, RDF.type.asNode(), sd("Service")));
            assertTrue(sd.contains(service, sd("endpoint"), service));
            assertTrue(sd.contains(service, sd("supportedLanguage"), sd("SPARQL11Query")));
            assertTrue(sd.contains(service, sd("feature"), sd("UnionDefaultGraph")));
            assertFalse(sd.contains(service, sd("feature"), sd("BasicFederatedQuery")), "SERVICE calls are refused");
            assertTrue(sd.contains(service, sd("resultFormat"),
                    NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
            Node described = one(sd, service, sd("defaultDataset"));
            assertEquals(1, sd.find(described, sd("defaultGraph"), Node.ANY).toList().size());
            Set<Node> names = sd.find(described, sd("namedGraph"), Node.ANY)
                    .mapWith(t -> one(sd, t.getObject(), sd("name"))).toSet();
            assertEquals(Set.of(articleGraph, NodeFactory.createURI(DD.ONTOLOGY_GRAPH),
                    NodeFactory.createURI(DD.REFERENCE_GRAPH)), names);
            Node article = sd.find(Node.ANY, sd("name"), articleGraph).next().getSubject();
            assertEquals(articleTriples, integer(sd, one(sd, article, sd("graph")), voidTerm("triples")));

            for (String accept : List.of("application/ld+json", "application/rdf+xml")) {
                assertTrue(sd.isIsomorphicWith(Results.graph(Http.get(server.sparqlUrl(), accept))), accept);
            }
            HttpResponse<String> page = Http.get(server.sparqlUrl(), "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("SPARQL11Query"), page.body());
            // With a query, the same URL still answers the query.
            assertEquals(200, Http.get(server.sparqlUrl() + "?query=" + Http.enc("ASK {}"),
                    "application/sparql-results+json").statusCode());
        });
    }

    @Test
    void the_void_description_counts_the_dataset_and_its_links_to_wikidata() throws Exception {
        DatasetGraph dataset = LinkedDataGraph.create();
        long triples = Txn.calculateRead(dataset, () -> (long) dataset.getUnionGraph().size());
        Serving.serve(dataset, b -> b.license("https://creativecommons.org/licenses/by/4.0/"), server -> {
            HttpResponse<String> response = Http.get(server.voidUrl(), "text/turtle");
            assertEquals(200, response.statusCode());
            Graph voidGraph = Results.graph(response);
            Node ds = NodeFactory.createURI(VoidDescription.DATASET);
            assertTrue(voidGraph.contains(ds, RDF.type.asNode(), voidTerm("Dataset")));
            assertEquals(triples, integer(voidGraph, ds, voidTerm("triples")));
            assertEquals(server.sparqlUrl(), one(voidGraph, ds, voidTerm("sparqlEndpoint")).getURI());
            assertEquals(DD.ID, one(voidGraph, ds, voidTerm("uriSpace")).getLiteralLexicalForm());
            assertEquals("https://creativecommons.org/licenses/by/4.0/", one(voidGraph, ds, DCTerms.license.asNode()).getURI());
            assertEquals(Set.of(NodeFactory.createURI(LinkedDataGraph.ARTICLE)),
                    voidGraph.find(ds, DCTerms.source.asNode(), Node.ANY).mapWith(Triple::getObject).toSet());
            assertTrue(voidGraph.contains(ds, voidTerm("exampleResource"), NodeFactory.createURI(LinkedDataGraph.RWANDA)));
            Node countries = voidGraph.find(Node.ANY, voidTerm("class"), DD.Country.asNode()).next().getSubject();
            assertEquals(2, integer(voidGraph, countries, voidTerm("entities")));
            assertTrue(voidGraph.contains(ds, voidTerm("subset"), NodeFactory.createURI(LinkedDataGraph.ARTICLE_GRAPH)));
            Node linkset = NodeFactory.createURI(VoidDescription.WIKIDATA_LINKS);
            assertTrue(voidGraph.contains(linkset, RDF.type.asNode(), voidTerm("Linkset")));
            assertEquals(OWL.sameAs.asNode(), one(voidGraph, linkset, voidTerm("linkPredicate")));
            assertEquals(2, integer(voidGraph, linkset, voidTerm("triples")));
            // The VoID document's own IRI dereferences to the same description.
            Graph atIri = Results.graph(Http.get(server.resourceUrl(VoidDescription.DOCUMENT), "text/turtle"));
            assertTrue(voidGraph.isIsomorphicWith(atIri));
        });
    }

    @Test
    void the_landing_page_counts_what_the_graph_holds_and_links_everything_a_visitor_needs() throws Exception {
        Serving.serve(LinkedDataGraph.create(), b -> b.queries(QUERIES), server -> {
            HttpResponse<String> page = Http.get(server.landingUrl(), "text/html");
            assertEquals(200, page.statusCode());
            assertEquals("text/html", Http.mediaType(page));
            String body = page.body();
            for (String link : List.of("/query.html", "/.well-known/void", "/deportation-deals/ontology", "/kg/sparql")) {
                assertTrue(body.contains("href=\"" + link + "\""), link);
            }
            assertTrue(body.contains("<a href=\"/deportation-deals/ontology#Payment\">payment</a></th>"
                    + "<td class=\"count\">1</td>"), body);
            assertTrue(body.contains("curl -H &#39;Accept: text/csv&#39;"), body);
            // The payments example query's answer, linked to the payment's own page.
            assertTrue(body.contains("<h2>Payments</h2>"), body);
            assertTrue(body.contains("<a href=\"/deportation-deals/id/payment/rw-1\">payment to Rwanda</a>"), body);
            assertEquals(404, Http.get(server.serverUrl() + "no-such-page").statusCode());
        });
    }

    static Set<String> localReferences(String html) {
        return java.util.regex.Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
