package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.server.TestGraph.ESWATINI;
import static org.w3id.deportationdeals.server.TestGraph.PREFIXES;
import static org.w3id.deportationdeals.server.TestGraph.RWANDA;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A client gets each result format it asks for with Accept, labelled with that media type, and can read it back. */
class ResultFormatTest {

    private static final String COUNTRIES = PREFIXES + """
            SELECT ?country ?label WHERE { GRAPH ?g { ?country a ex:Country ; rdfs:label ?label } } ORDER BY ?label
            """;

    private static final String COUNTRY_LABELS = PREFIXES + """
            CONSTRUCT { ?country rdfs:label ?label } WHERE { GRAPH ?g { ?country a ex:Country ; rdfs:label ?label } }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void select_results_come_in_the_format_the_client_accepts(String accept) throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.postQuery(server.sparqlUrl(), COUNTRIES, accept);
            assertEquals(200, response.statusCode(), response::body);
            assertEquals(accept, Http.mediaType(response));
            assertEquals(List.of(Map.of("country", ESWATINI, "label", "Eswatini"),
                            Map.of("country", RWANDA, "label", "Rwanda")),
                    Results.rows(response));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void construct_results_come_in_the_format_the_client_accepts(String accept) throws Exception {
        Graph expected = GraphFactory.createDefaultGraph();
        expected.add(NodeFactory.createURI(ESWATINI), RDFS.label.asNode(), NodeFactory.createLiteralString("Eswatini"));
        expected.add(NodeFactory.createURI(RWANDA), RDFS.label.asNode(), NodeFactory.createLiteralString("Rwanda"));

        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.postQuery(server.sparqlUrl(), COUNTRY_LABELS, accept);
            assertEquals(200, response.statusCode(), response::body);
            assertEquals(accept, Http.mediaType(response));
            Graph actual = Results.graph(response);
            assertTrue(actual.isIsomorphicWith(expected), () -> "got:\n" + response.body());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "text/turtle"})
    void select_with_an_accept_it_cannot_produce_is_not_acceptable(String accept) throws Exception {
        // Stock Fuseki would send its default format; the server says 406 and lists what it can send.
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.postQuery(server.sparqlUrl(), COUNTRIES, accept);
            assertEquals(406, response.statusCode(), response::body);
            assertTrue(response.body().contains("application/sparql-results+json"), response::body);
        });
    }

    @Test
    void without_an_accept_header_fuseki_chooses_the_format() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.send(Http.request(server.sparqlUrl())
                    .header("Content-Type", "application/sparql-query")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(COUNTRIES)).build());
            assertEquals(200, response.statusCode(), response::body);
            assertEquals(2, Results.rows(response).size());
        });
    }
}
