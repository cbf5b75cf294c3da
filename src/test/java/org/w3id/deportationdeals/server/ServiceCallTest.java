package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The public endpoint must not be usable to make requests to other machines: a query with {@code SERVICE} is refused
 * and the named endpoint never hears from us, unless the operator allow-listed that exact endpoint.
 */
class ServiceCallTest {

    /** A second, ordinary SPARQL server in the same JVM that counts every HTTP request it receives. */
    private static final class OtherServer implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        final FusekiServer fuseki;

        OtherServer() {
            DatasetGraph data = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString("<http://example.org/other/thing> <http://www.w3.org/2000/01/rdf-schema#label> "
                    + "\"held by the other server\" .", Lang.TURTLE).parse(data);
            fuseki = FusekiServer.create()
                    .port(0)
                    .fusekiModules(FusekiModules.empty())
                    .add("/other", data)
                    .addFilter("/*", (request, response, chain) -> {
                        requests.incrementAndGet();
                        chain.doFilter(request, response);
                    })
                    .build()
                    .start();
        }

        String sparqlUrl() {
            return "http://localhost:" + fuseki.getHttpPort() + "/other/sparql";
        }

        @Override
        public void close() {
            fuseki.stop();
        }
    }

    private static String serviceQuery(String endpoint) {
        return "SELECT ?label { SERVICE <" + endpoint + "> { ?thing <http://www.w3.org/2000/01/rdf-schema#label> ?label } }";
    }

    @Test
    void a_service_call_is_refused_with_403_and_the_other_server_receives_nothing() throws Exception {
        try (OtherServer other = new OtherServer()) {
            Serving.serve(TestGraph.create(), server -> {
                HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query="
                        + Http.enc(serviceQuery(other.sparqlUrl())));
                assertEquals(403, response.statusCode(), response::body);
                assertTrue(response.body().contains("SERVICE <" + other.sparqlUrl() + "> refused"), response.body());
            });
            assertEquals(0, other.requests.get());
        }
    }

    @Test
    void service_silent_does_not_hide_the_refusal() throws Exception {
        try (OtherServer other = new OtherServer()) {
            Serving.serve(TestGraph.create(), server -> {
                String query = serviceQuery(other.sparqlUrl()).replace("SERVICE <", "SERVICE SILENT <");
                HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query=" + Http.enc(query));
                assertEquals(403, response.statusCode(), response::body);
            });
            assertEquals(0, other.requests.get());
        }
    }

    @Test
    void a_service_endpoint_chosen_by_a_variable_is_refused() throws Exception {
        try (OtherServer other = new OtherServer()) {
            Serving.serve(TestGraph.create(), server -> {
                String query = "SELECT * { VALUES ?endpoint { <" + other.sparqlUrl() + "> } SERVICE ?endpoint { ?s ?p ?o } }";
                HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query=" + Http.enc(query));
                assertEquals(403, response.statusCode(), response::body);
            });
            assertEquals(0, other.requests.get());
        }
    }

    @Test
    void an_allow_listed_endpoint_is_called_and_its_answer_returned() throws Exception {
        try (OtherServer other = new OtherServer()) {
            Serving.serve(TestGraph.create(), b -> b.allowedServices(List.of(other.sparqlUrl())), server -> {
                HttpResponse<String> response = Http.postQuery(server.sparqlUrl(), serviceQuery(other.sparqlUrl()),
                        "application/sparql-results+json");
                assertEquals(200, response.statusCode(), response::body);
                assertEquals(List.of(Map.of("label", "held by the other server")), Results.rows(response));
            });
            assertTrue(other.requests.get() >= 1, "the other server was called");
        }
    }

    @Test
    void an_endpoint_not_on_the_allow_list_is_refused_even_on_an_allowed_host() throws Exception {
        try (OtherServer other = new OtherServer()) {
            String allowed = other.sparqlUrl();
            String notAllowed = allowed.replace("/other/sparql", "/other/query");
            Serving.serve(TestGraph.create(), b -> b.allowedServices(List.of(allowed)), server -> {
                HttpResponse<String> response = Http.get(server.sparqlUrl() + "?query=" + Http.enc(serviceQuery(notAllowed)));
                assertEquals(403, response.statusCode(), response::body);
                assertTrue(response.body().contains("only calls [" + allowed + "]"), response.body());
            });
            assertEquals(0, other.requests.get());
        }
    }

    @Test
    void the_allow_list_takes_only_absolute_http_urls() {
        KgServer.Builder builder = KgServer.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.allowedServices(List.of("file:///etc/passwd")));
        assertEquals("allowedServices entry \"file:///etc/passwd\" is not an absolute http(s) URL", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.allowedServices(List.of("sparql")));
    }
}
