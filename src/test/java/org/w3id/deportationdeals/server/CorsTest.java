package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A web page served from another origin can query the endpoint from the browser. */
class CorsTest {

    private static final String ORIGIN = "https://viewer.example.org";

    private static List<String> listHeader(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name)
                .map(v -> Arrays.stream(v.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList())
                .orElse(List.of());
    }

    @Test
    void a_cross_origin_get_is_allowed_and_can_read_the_content_type() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.send(Http.request(server.sparqlUrl() + "?query=" + Http.enc("ASK {}"))
                    .header("Origin", ORIGIN).GET().build());
            assertEquals(200, response.statusCode());
            assertEquals(ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(listHeader(response, "Access-Control-Expose-Headers").contains("content-type"),
                    () -> response.headers().map().toString());
            assertTrue(Results.ask(response));
        });
    }

    @Test
    void the_preflight_for_a_cross_origin_post_of_a_query_is_approved() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.send(Http.request(server.sparqlUrl())
                    .header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type, accept")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, response.statusCode());
            assertEquals(ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            List<String> methods = listHeader(response, "Access-Control-Allow-Methods");
            assertTrue(methods.containsAll(List.of("get", "post", "options")), methods::toString);
            List<String> headers = listHeader(response, "Access-Control-Allow-Headers");
            assertTrue(headers.containsAll(List.of("content-type", "accept")), headers::toString);
            assertTrue(response.headers().firstValue("Access-Control-Max-Age").isPresent());
        });
    }

    @Test
    void a_browser_can_read_the_error_message_of_a_bad_query() throws Exception {
        Serving.serve(TestGraph.create(), server -> {
            HttpResponse<String> response = Http.send(Http.request(server.sparqlUrl() + "?query=" + Http.enc("ASK {"))
                    .header("Origin", ORIGIN).GET().build());
            assertEquals(400, response.statusCode());
            assertEquals(ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        });
    }
}
