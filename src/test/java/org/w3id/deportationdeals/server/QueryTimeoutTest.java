package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * A query that runs too long is stopped, the client is told so, and the server keeps answering others. The queries
 * here count a six-way cross join (10^12 rows) over a generated graph, so they time out before any result is written.
 */
class QueryTimeoutTest {

    private static final String ENDLESS_COUNT =
            "SELECT (COUNT(*) AS ?rows) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }";

    private static DatasetGraph hundredTriples() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 100; i++) {
            dsg.getDefaultGraph().add(NodeFactory.createURI(TestGraph.NS + "item/" + i),
                    NodeFactory.createURI(TestGraph.NS + "rank"), NodeFactory.createLiteralString(Integer.toString(i)));
        }
        return dsg;
    }

    private static void assertStillAnswers(KgServer server) {
        HttpResponse<String> after = Http.get(server.sparqlUrl() + "?query=" + Http.enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "application/sparql-results+json");
        assertEquals(200, after.statusCode(), after::body);
        assertEquals("100", Results.rows(after).get(0).get("n"));
    }

    @Test
    void a_query_over_the_server_timeout_gets_503_and_the_server_answers_the_next_query() throws Exception {
        Serving.serve(hundredTriples(), b -> b.queryTimeout(Duration.ofSeconds(1)), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query=" + Http.enc(ENDLESS_COUNT),
                    "application/sparql-results+json");
            assertEquals(503, response.statusCode(), response::body);
            assertEquals("text/plain", Http.mediaType(response));
            assertTrue(response.body().contains("Query timed out"), response.body());
            assertStillAnswers(server);
        });
    }

    @Test
    void a_client_can_ask_for_a_shorter_timeout_in_seconds() throws Exception {
        // The server keeps its 30 s default; ?timeout=1 (seconds) cuts this query off long before that.
        Serving.serve(hundredTriples(), server -> {
            HttpResponse<String> response = Http.get(server.sparqlUrl() + "?timeout=1&query=" + Http.enc(ENDLESS_COUNT));
            assertEquals(503, response.statusCode(), response::body);
            assertStillAnswers(server);
        });
    }

    @Test
    void the_default_query_timeout_is_30_seconds() {
        KgServer server = KgServer.builder().dataset(hundredTriples()).port(0).build();
        assertEquals(Duration.ofSeconds(30), server.queryTimeout());
    }

    @Test
    void the_timeout_reaches_arq_in_milliseconds() {
        Context context = PublishedDataset.readOnly(hundredTriples(), Duration.ofMillis(1500), List.of()).getContext();
        assertEquals("1500", context.getAsString(ARQ.queryTimeout));
    }

    @Test
    void the_caller_datasets_context_is_left_alone() {
        DatasetGraph dsg = hundredTriples();
        PublishedDataset.readOnly(dsg, Duration.ofSeconds(5), List.of());
        assertFalse(dsg.getContext().isDefined(ARQ.queryTimeout));
        assertFalse(dsg.getContext().isDefined(ARQ.httpServiceAllowed));
    }
}
