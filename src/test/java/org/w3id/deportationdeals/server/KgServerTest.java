package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Starting, addressing and stopping the server as the command line will. */
class KgServerTest {

    private static final String LABELS = TestGraph.PREFIXES
            + "SELECT ?label { ex:kg rdfs:label ?label }";

    @Test
    void port_zero_starts_on_a_free_port_and_the_urls_name_it() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            int port = server.port();
            assertTrue(port > 0, "a real port once started");
            assertEquals("http://localhost:" + port + "/", server.serverUrl());
            assertEquals("http://localhost:" + port + "/kg", server.datasetUrl());
            assertEquals("http://localhost:" + port + "/kg/sparql", server.sparqlUrl());
            assertEquals("http://localhost:" + port + "/kg/query", server.queryUrl());
            assertEquals("http://localhost:" + port + "/kg/get", server.graphStoreUrl());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg/sparql", "kg/query", "kg"})
    void each_query_url_answers_over_the_default_graph_it_was_given(String path) throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.get(server.serverUrl() + path + "?query=" + Http.enc(LABELS),
                    "application/sparql-results+json");
            assertEquals(200, response.statusCode(), response::body);
            assertEquals(List.of(Map.of("label", "test knowledge graph")), Results.rows(response));
        });
    }

    @Test
    void stop_is_safe_twice_and_the_port_is_closed_afterwards() throws Exception {
        KgServer server = KgServer.builder().dataset(TestGraph.create()).port(0).build();
        server.start();
        String url = server.sparqlUrl() + "?query=" + Http.enc("ASK {}");
        try {
            assertTrue(server.isRunning());
            assertEquals(200, Http.get(url).statusCode());
        } finally {
            server.stop();
            server.stop();
        }
        assertFalse(server.isRunning());
        UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> Http.get(url));
        assertTrue(refused.getCause() instanceof ConnectException, refused::toString);
    }

    @Test
    void a_server_starts_only_once() throws Exception {
        KgServer server = KgServer.builder().dataset(TestGraph.create()).port(0).build();
        server.start();
        try {
            IllegalStateException again = assertThrows(IllegalStateException.class, server::start);
            assertTrue(again.getMessage().contains("already started"), again.getMessage());
        } finally {
            server.stop();
        }
        IllegalStateException afterStop = assertThrows(IllegalStateException.class, server::start);
        assertTrue(afterStop.getMessage().contains("already stopped"), afterStop.getMessage());
    }

    @Test
    void join_returns_when_another_thread_stops_the_server() throws Exception {
        KgServer server = KgServer.builder().dataset(TestGraph.create()).port(0).build();
        server.start();
        Thread waiter = new Thread(server::join, "join-waiter");
        try {
            waiter.start();
        } finally {
            server.stop();
        }
        waiter.join(Duration.ofSeconds(30).toMillis());
        assertFalse(waiter.isAlive(), "join() returned after stop()");
        server.join(); // not running any more: returns at once
    }

    @Test
    void a_taken_port_is_reported_with_host_and_port() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            KgServer server = KgServer.builder().dataset(TestGraph.create())
                    .host("127.0.0.1").port(taken.getLocalPort()).build();
            try {
                IllegalStateException e = assertThrows(IllegalStateException.class, server::start);
                assertTrue(e.getMessage().startsWith("Cannot start the SPARQL server on 127.0.0.1:"
                        + taken.getLocalPort()), e.getMessage());
                assertFalse(server.isRunning());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void the_server_listens_only_on_the_address_it_was_given() throws Exception {
        // 127.0.0.2 is loopback too, but a socket bound to it does not accept connections to 127.0.0.1.
        Serving.serve(TestGraph.create(), b -> b.host("127.0.0.2"), server -> {
            assertEquals("http://127.0.0.2:" + server.port() + "/kg/sparql", server.sparqlUrl());
            assertEquals(200, Http.get(server.sparqlUrl() + "?query=" + Http.enc("ASK {}")).statusCode());
            String otherAddress = "http://127.0.0.1:" + server.port() + "/kg/sparql?query=" + Http.enc("ASK {}");
            UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> Http.get(otherAddress));
            assertTrue(refused.getCause() instanceof ConnectException, refused::toString);
        });
    }

    @Test
    void responses_are_buffered_in_32_kib_not_the_5_mib_fuseki_asks_for() throws Exception {
        Serving.serve(TestGraph.create(), server -> assertEquals(32 * 1024, server.outputBufferSize()));
    }

    @Test
    void the_builder_names_what_is_missing_or_wrong() {
        IllegalStateException noData = assertThrows(IllegalStateException.class, () -> KgServer.builder().build());
        assertEquals("No dataset to publish: call dataset(DatasetGraph) before build()", noData.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> KgServer.builder().port(70000));
        assertEquals("port must be between 0 and 65535, got 70000", port.getMessage());
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> KgServer.builder().queryTimeout(Duration.ZERO));
        assertEquals("queryTimeout must be at least 1 ms, got PT0S", timeout.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().host(" "));
    }

    @Test
    void a_wildcard_bind_address_is_advertised_as_localhost() throws Exception {
        Serving.serve(TestGraph.create(), b -> b.host("0.0.0.0"), server -> {
            assertEquals("http://localhost:" + server.port() + "/kg/sparql", server.sparqlUrl());
            assertEquals(200, Http.get(server.sparqlUrl() + "?query=" + Http.enc("ASK {}")).statusCode());
        });
    }
}
