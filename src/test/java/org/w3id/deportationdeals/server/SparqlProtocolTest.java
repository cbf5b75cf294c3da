package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.server.Http.enc;
import static org.w3id.deportationdeals.server.TestGraph.ARTICLE_1;
import static org.w3id.deportationdeals.server.TestGraph.ARTICLE_2;
import static org.w3id.deportationdeals.server.TestGraph.ESWATINI;
import static org.w3id.deportationdeals.server.TestGraph.PREFIXES;
import static org.w3id.deportationdeals.server.TestGraph.RWANDA;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * The W3C SPARQL 1.1 Protocol test cases that apply to a read-only query endpoint (every {@code query_*} and
 * {@code bad_query_*} entry of the W3C protocol manifest, and {@code bad_update_get}), each named after its manifest
 * entry and sent to {@code /kg/sparql}. The manifest's dataset cases name graphs of its own test data; here the same
 * requests name the graphs of {@link TestGraph}, with queries of the same shape, so that the answer shows which
 * dataset the server used. Where the manifest allows any 4xx, the test pins the status Fuseki actually returns.
 */
class SparqlProtocolTest {

    private static final Set<String> BOOLEAN_RESULTS =
            Set.of("application/sparql-results+xml", "application/sparql-results+json");
    private static final Set<String> SELECT_RESULTS = Set.of("application/sparql-results+xml",
            "application/sparql-results+json", "text/tab-separated-values", "text/csv");
    private static final Set<String> GRAPH_RESULTS = Set.of("application/rdf+xml", "application/rdf+json", "text/turtle");

    private static void assertSuccess(HttpResponse<String> response, Set<String> mediaTypes) {
        assertEquals(200, response.statusCode(), () -> "status; body: " + response.body());
        assertTrue(mediaTypes.contains(Http.mediaType(response)),
                () -> "Content-Type " + Http.mediaType(response) + " is not one of " + mediaTypes);
    }

    private static void assertStatus(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(), () -> "status; body: " + response.body());
    }

    private static String param(String name, String value) {
        return name + "=" + enc(value);
    }

    @Test
    void query_post_form() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                    "query=ASK%20%7B%7D");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void query_dataset_default_graphs_get() throws Exception {
        String ask = PREFIXES + "ASK { ex:eswatini a ?type . ex:rwanda a ?type }";
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?" + param("query", ask)
                    + "&" + param("default-graph-uri", ARTICLE_1) + "&" + param("default-graph-uri", ARTICLE_2));
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response), "both article graphs merged into the default graph");

            HttpResponse<String> withoutDataset = Http.get(server.sparqlUrl() + "?" + param("query", ask));
            assertFalse(Results.ask(withoutDataset), "the service's own default graph holds neither country");
        });
    }

    @Test
    void query_dataset_default_graphs_post() throws Exception {
        String ask = PREFIXES + "ASK { ex:eswatini ?p ?o . ex:rwanda ?p ?o }";
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl() + "?" + param("default-graph-uri", ARTICLE_1)
                    + "&" + param("default-graph-uri", ARTICLE_2), "application/sparql-query", ask);
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response), "both countries are typed ex:Country in the merged default graph");
        });
    }

    @Test
    void query_dataset_named_graphs_post() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl() + "?" + param("named-graph-uri", ARTICLE_1)
                    + "&" + param("named-graph-uri", ARTICLE_2), "application/sparql-query",
                    "ASK { GRAPH ?g { ?s ?p ?o } }");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void query_dataset_named_graphs_get() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?" + param("named-graph-uri", ARTICLE_1)
                    + "&" + param("named-graph-uri", ARTICLE_2) + "&" + param("query", "ASK { GRAPH ?g { ?s ?p ?o } }"));
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));

            // Only the named graphs the request lists are visible to GRAPH ?g.
            HttpResponse<String> onlyFirst = Http.get(server.sparqlUrl() + "?" + param("named-graph-uri", ARTICLE_1)
                    + "&" + param("query", "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(List.of(Map.of("g", ARTICLE_1)), Results.rows(onlyFirst));
        });
    }

    @Test
    void query_dataset_full() throws Exception {
        // Article 1 as default graph, article 2 as the only named graph: the one object they share is ex:Country.
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl() + "?" + param("default-graph-uri", ARTICLE_1)
                    + "&" + param("named-graph-uri", ARTICLE_2), "application/sparql-query",
                    "SELECT ?g ?x ?s { ?x ?y ?o  GRAPH ?g { ?s ?p ?o } }");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertEquals(List.of(Map.of("g", ARTICLE_2, "x", ESWATINI, "s", RWANDA)), Results.rows(response));
        });
    }

    @Test
    void query_multiple_dataset() throws Exception {
        // FROM names article 1, the protocol names article 2; Rwanda is only in article 2, so true means the
        // protocol-specified dataset won, as the protocol requires.
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl() + "?" + param("default-graph-uri", ARTICLE_2),
                    "application/sparql-query", "ASK FROM <" + ARTICLE_1 + "> { <" + RWANDA + "> ?p ?o }");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void query_get() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query=ASK%20%7B%7D");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void query_content_type_select() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/sparql-query",
                    "SELECT (1 AS ?value) {}");
            assertSuccess(response, SELECT_RESULTS);
            assertEquals(List.of(Map.of("value", "1")), Results.rows(response));
        });
    }

    @Test
    void query_content_type_ask() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/sparql-query", "ASK {}");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void query_content_type_describe() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/sparql-query",
                    "DESCRIBE <http://example.org/>");
            assertSuccess(response, GRAPH_RESULTS);
            assertTrue(Results.graph(response).isEmpty(), "nothing is known about <http://example.org/>");
        });
    }

    @Test
    void query_content_type_construct() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/sparql-query",
                    "CONSTRUCT { <s> <p> 1 } WHERE {}");
            assertSuccess(response, GRAPH_RESULTS);
            Graph graph = Results.graph(response);
            assertEquals(1, graph.size());
            Triple triple = graph.find().next();
            Node one = triple.getObject();
            assertEquals("1", one.getLiteralLexicalForm());
            assertTrue(triple.getSubject().getURI().endsWith("/s"), "relative <s> resolved against a base");
        });
    }

    @Test
    void query_post_direct() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/sparql-query", "ASK {}");
            assertSuccess(response, BOOLEAN_RESULTS);
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void bad_query_method() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.send(Http.request(server.sparqlUrl() + "?query=ASK%20%7B%7D")
                    .PUT(HttpRequest.BodyPublishers.noBody()).build());
            assertStatus(405, response);
        });
    }

    @Test
    void bad_multiple_queries() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response =
                    Http.get(server.sparqlUrl() + "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D");
            assertStatus(400, response);
            assertTrue(response.body().contains("Multiple 'query=' parameters"), response.body());
        });
    }

    @Test
    void bad_query_wrong_media_type() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "text/plain", "ASK {}");
            assertStatus(415, response);
        });
    }

    @Test
    void bad_query_missing_form_type() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), null, "query=ASK%20%7B%7D");
            assertStatus(400, response);
        });
    }

    @Test
    void bad_query_missing_direct_type() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), null, "ASK {}");
            assertStatus(400, response);
        });
    }

    @Test
    void bad_query_non_utf8() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.post(server.sparqlUrl(), "application/sparql-query; charset=UTF-16",
                    "ASK {}".getBytes(StandardCharsets.UTF_16));
            assertStatus(400, response);
        });
    }

    @Test
    void bad_query_syntax() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query=ASK%20%7B");
            assertStatus(400, response);
            assertTrue(response.body().contains("Encountered \"<EOF>\" at line 1, column 5"),
                    () -> "the parser's message, with its position, reaches the client: " + response.body());
        });
    }

    @Test
    void bad_update_get() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?update=CLEAR%20ALL");
            assertStatus(400, response);
        });
    }
}
