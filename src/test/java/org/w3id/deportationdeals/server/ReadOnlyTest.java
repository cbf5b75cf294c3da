package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.server.TestGraph.ARTICLE_1;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing sent to the server changes the graph: the manifest's update_* cases do not apply to a read-only endpoint,
 * so every way of sending an update, an upload or a Graph Store write must be refused with a 4xx and leave the data
 * as it was.
 */
class ReadOnlyTest {

    private static final String TURTLE = "<http://example.org/kg-test/intruder> <http://example.org/kg-test/p> 1 .";

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Set.copyOf(dsg.stream().toList()));
    }

    /** Sends the request built against the running server, checks its status and that no quad changed. */
    private static void assertRefusedAndUnchanged(int expectedStatus, Function<KgServer, HttpRequest> request)
            throws Exception {
        DatasetGraph dsg = TestGraph.create();
        Set<Quad> before = quads(dsg);
        Serving.serve(dsg, server -> {
            HttpResponse<String> response = Http.send(request.apply(server));
            assertEquals(expectedStatus, response.statusCode(), response::body);
        });
        assertEquals(before, quads(dsg));
        assertEquals(7, before.size(), "the fixture has 7 quads, so 'unchanged' is not 'empty'");
    }

    private static String endpoint(KgServer server, String which) {
        return switch (which) {
            case "sparql" -> server.sparqlUrl();
            case "query" -> server.queryUrl();
            case "dataset" -> server.datasetUrl();
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparql", "query", "dataset"})
    void an_update_posted_directly_is_refused_as_an_unsupported_media_type(String which) throws Exception {
        assertRefusedAndUnchanged(415, server -> Http.request(endpoint(server, which))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparql", "query", "dataset"})
    void an_update_posted_as_a_form_is_refused_as_a_bad_request(String which) throws Exception {
        assertRefusedAndUnchanged(400, server -> Http.request(endpoint(server, which))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + Http.enc("INSERT DATA { " + TURTLE + " }")))
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"update", "upload", "data"})
    void the_usual_write_endpoints_do_not_exist(String name) throws Exception {
        assertRefusedAndUnchanged(404, server -> Http.request(server.datasetUrl() + "/" + name)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void the_graph_store_endpoint_refuses_writes(String method) throws Exception {
        assertRefusedAndUnchanged(405, server -> Http.request(server.graphStoreUrl() + "?graph=" + Http.enc(ARTICLE_1))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString(TURTLE)).build());
    }

    @Test
    void a_graph_store_put_on_the_dataset_url_is_refused() throws Exception {
        assertRefusedAndUnchanged(405, server -> Http.request(server.datasetUrl() + "?default")
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(TURTLE)).build());
    }

    @Test
    void a_graph_store_post_on_the_dataset_url_is_refused() throws Exception {
        assertRefusedAndUnchanged(415, server -> Http.request(server.datasetUrl() + "?default")
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(TURTLE)).build());
    }

    @Test
    void the_graph_store_endpoint_returns_a_named_graph_as_turtle() throws Exception {
        DatasetGraph dsg = TestGraph.create();
        Graph stored = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(TestGraph.iri(ARTICLE_1)).find().forEachRemaining(copy::add);
            return copy;
        });
        Serving.serve(dsg, server -> {
            HttpResponse<String> response =
                    Http.get(server.graphStoreUrl() + "?graph=" + Http.enc(ARTICLE_1), "text/turtle");
            assertEquals(200, response.statusCode(), response::body);
            assertEquals("text/turtle", Http.mediaType(response));
            Graph served = Results.graph(response);
            assertEquals(3, served.size());
            assertTrue(served.isIsomorphicWith(stored), response::body);
        });
    }

    @Test
    void the_graph_store_endpoint_answers_404_for_a_graph_it_does_not_hold() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(
                    server.graphStoreUrl() + "?graph=" + Http.enc(TestGraph.NS + "graph/missing"), "text/turtle");
            assertEquals(404, response.statusCode(), response::body);
        });
    }

    @Test
    void the_published_view_refuses_writes_even_from_java() {
        DatasetGraph view = PublishedDataset.readOnly(TestGraph.create(), Duration.ofSeconds(1), List.of());
        Quad quad = Quad.create(TestGraph.iri(ARTICLE_1), TestGraph.iri(TestGraph.ESWATINI),
                TestGraph.iri(TestGraph.NS + "p"), TestGraph.iri(TestGraph.RWANDA));
        assertThrows(UnsupportedOperationException.class, () -> view.add(quad));
        assertThrows(UnsupportedOperationException.class, () -> view.delete(view.find().next()));
        assertThrows(UnsupportedOperationException.class, () -> view.removeGraph(TestGraph.iri(ARTICLE_1)));
        assertThrows(UnsupportedOperationException.class, view::clear);
        assertEquals(7, view.stream().count());
    }
}
