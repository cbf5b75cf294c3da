package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.vocab.DD;

/** Every IRI of the graph can be looked up on the server that publishes it, by a browser or by a program. */
class LinkedDataTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Node RWANDA = NodeFactory.createURI(LinkedDataGraph.RWANDA);

    @Test
    void a_browser_gets_the_country_page_with_its_label_and_local_links() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            HttpResponse<String> page = Http.get(LinkedDataGraph.path(server, LinkedDataGraph.RWANDA), BROWSER);
            assertEquals(200, page.statusCode());
            assertEquals("text/html", Http.mediaType(page));
            assertEquals("Accept", page.headers().firstValue("Vary").orElse(null));
            assertEquals("/deportation-deals/id/country/RW.html", page.headers().firstValue("Content-Location").orElse(null));
            assertTrue(page.body().contains("<h1>Rwanda</h1>"), page.body());
            // The payment that points at Rwanda is listed and linked on this server, not on w3id.org.
            assertTrue(page.body().contains("href=\"/deportation-deals/id/payment/rw-1\""), page.body());
            assertTrue(page.body().contains("href=\"http://www.wikidata.org/entity/Q1037\""), page.body());
        });
    }

    @Test
    void a_program_gets_the_country_in_each_rdf_syntax_with_the_facts_that_point_at_it() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            String url = LinkedDataGraph.path(server, LinkedDataGraph.RWANDA);
            Graph turtle = Results.graph(Http.get(url, "text/turtle"));
            assertTrue(turtle.contains(RWANDA, RDFS.label.asNode(), NodeFactory.createLiteralLang("Rwanda", "en")));
            assertTrue(turtle.contains(NodeFactory.createURI(LinkedDataGraph.PAYMENT), DD.payee.asNode(), RWANDA));
            for (String accept : List.of("application/ld+json", "application/n-triples", "application/rdf+xml")) {
                HttpResponse<String> response = Http.get(url, accept);
                assertEquals(200, response.statusCode(), accept);
                assertEquals(accept, Http.mediaType(response));
                assertTrue(turtle.isIsomorphicWith(Results.graph(response)), accept + ":\n" + response.body());
            }
            // curl sends */*: a program that does not ask for HTML gets Turtle.
            assertEquals("text/turtle", Http.mediaType(Http.get(url, "*/*")));
        });
    }

    @Test
    void an_extension_names_one_document_of_the_resource() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            String url = LinkedDataGraph.path(server, LinkedDataGraph.RWANDA);
            HttpResponse<String> ttl = Http.get(url + ".ttl", "text/html");
            assertEquals(200, ttl.statusCode());
            assertEquals("text/turtle", Http.mediaType(ttl));
            assertEquals("application/ld+json", Http.mediaType(Http.get(url + ".jsonld")));
            assertEquals("text/html", Http.mediaType(Http.get(url + ".html")));
        });
    }

    @Test
    void an_iri_the_graph_does_not_mention_is_not_found() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.serverUrl() + "deportation-deals/id/country/XX", BROWSER);
            assertEquals(404, response.statusCode());
            assertEquals(404, Http.get(server.serverUrl() + "deportation-deals/id/country/XX.ttl").statusCode());
        });
    }

    @Test
    void an_accept_header_that_allows_no_offered_form_is_not_acceptable() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            HttpResponse<String> response = Http.get(LinkedDataGraph.path(server, LinkedDataGraph.RWANDA), "image/png");
            assertEquals(406, response.statusCode());
            assertTrue(response.body().contains("text/turtle"), response.body());
        });
    }

    @Test
    void a_fact_page_shows_the_evidence_sentence_with_the_cited_words_marked_and_the_article() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            String body = Http.get(LinkedDataGraph.path(server, LinkedDataGraph.PAYMENT), BROWSER).body();
            assertTrue(body.contains("The U.S. <mark>paid Rwanda $100,000</mark> upfront"), body);
            assertTrue(body.contains("<a href=\"/deportation-deals/id/article/003\">U.S. pays countries to take deportees "
                    + "&lt;b&gt;now&lt;/b&gt;</a>, The Example Times, 2025-06-25"), body);
            assertTrue(body.contains("payment.paid-country-amount"), body);
        });
    }

    @Test
    void text_from_the_articles_is_shown_as_text_never_as_markup() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            for (String iri : List.of(LinkedDataGraph.SENTENCE, LinkedDataGraph.PAYMENT, LinkedDataGraph.ARTICLE)) {
                String body = Http.get(LinkedDataGraph.path(server, iri), BROWSER).body();
                assertFalse(body.contains("<script>"), body);
                assertFalse(body.contains("<b>now"), body);
            }
            String sentence = Http.get(LinkedDataGraph.path(server, LinkedDataGraph.SENTENCE), BROWSER).body();
            assertTrue(sentence.contains("said &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; aides."), sentence);
        });
    }

    @Test
    void the_ontology_iri_answers_documentation_with_an_anchor_per_term_or_the_ontology_itself() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            String url = server.serverUrl() + "deportation-deals/ontology";
            HttpResponse<String> page = Http.get(url, BROWSER);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Deportation deals ontology</h1>"), page.body());
            for (String term : List.of("Payment", "Country", "payee", "amount", "responseKinds", "Agreed")) {
                assertTrue(page.body().contains("id=\"" + term + "\""), term);
            }
            // Domains and ranges link to the anchors of the same page.
            assertTrue(page.body().contains("href=\"/deportation-deals/ontology#Country\""), page.body());
            Graph ontology = Results.graph(Http.get(url, "text/turtle"));
            assertTrue(ontology.contains(DD.Payment.asNode(), RDFS.subClassOf.asNode(), DD.Fact.asNode()));
            assertFalse(ontology.contains(RWANDA, Node.ANY, Node.ANY), "the ontology is not the instance data");
        });
    }

    @Test
    void a_named_graph_iri_answers_the_triples_of_that_graph() throws Exception {
        DatasetGraph dataset = LinkedDataGraph.create();
        Node name = NodeFactory.createURI(LinkedDataGraph.ARTICLE_GRAPH);
        List<Triple> stored = Txn.calculateRead(dataset, () -> dataset.getGraph(name).find().toList());
        Serving.serve(dataset, server -> {
            Graph served = Results.graph(Http.get(LinkedDataGraph.path(server, LinkedDataGraph.ARTICLE_GRAPH), "text/turtle"));
            assertEquals(stored.size(), served.size());
            stored.forEach(t -> assertTrue(served.contains(t), t::toString));
            String page = Http.get(LinkedDataGraph.path(server, LinkedDataGraph.ARTICLE_GRAPH), BROWSER).body();
            assertTrue(page.contains(stored.size() + " triples"), page);
            assertTrue(page.contains("href=\"/deportation-deals/id/payment/rw-1\""), page);
        });
    }
}
