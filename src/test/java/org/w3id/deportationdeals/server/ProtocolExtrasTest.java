package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** Compression, the result cap and the narrowed CORS policy, as a client meets them. */
class ProtocolExtrasTest {

    private static final String COUNTRIES = "PREFIX dd: <https://w3id.org/deportation-deals/ontology#>\n"
            + "SELECT ?c WHERE { ?c a dd:Country }";

    private static HttpResponse<byte[]> gzipGet(String url, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_client_that_accepts_gzip_gets_query_results_and_pages_compressed() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            HttpResponse<byte[]> results = gzipGet(server.sparqlUrl() + "?query=" + Http.enc(COUNTRIES),
                    "application/sparql-results+json");
            assertEquals(200, results.statusCode());
            assertEquals("gzip", results.headers().firstValue("Content-Encoding").orElse(null));
            assertTrue(gunzip(results.body()).contains(LinkedDataGraph.RWANDA));

            HttpResponse<byte[]> page = gzipGet(server.resourceUrl(LinkedDataGraph.RWANDA), "text/html");
            assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
            assertTrue(gunzip(page.body()).contains("<h1>Rwanda</h1>"));

            // Without Accept-Encoding the same response comes plain.
            HttpResponse<String> plain = Http.get(server.resourceUrl(LinkedDataGraph.RWANDA), "text/html");
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
            assertTrue(plain.body().contains("<h1>Rwanda</h1>"));
        });
    }

    @Test
    void a_query_cannot_return_more_rows_than_the_configured_cap() throws Exception {
        Serving.serve(LinkedDataGraph.create(), b -> b.maxResultRows(1), server -> {
            HttpResponse<String> uncapped = Http.postQuery(server.sparqlUrl(), COUNTRIES, "application/sparql-results+json");
            assertEquals(200, uncapped.statusCode());
            assertEquals(1, Results.rows(uncapped).size());
            assertEquals("1", uncapped.headers().firstValue(BoundedQuery.LIMIT_HEADER).orElse(null));

            HttpResponse<String> larger = Http.postQuery(server.sparqlUrl(), COUNTRIES + " LIMIT 5",
                    "application/sparql-results+json");
            assertEquals(1, Results.rows(larger).size());

            // A query that asks for no more than the cap is left alone and not flagged.
            HttpResponse<String> within = Http.postQuery(server.sparqlUrl(), COUNTRIES + " LIMIT 1",
                    "application/sparql-results+json");
            assertEquals(1, Results.rows(within).size());
            assertTrue(within.headers().firstValue(BoundedQuery.LIMIT_HEADER).isEmpty());
        });
        Serving.serve(LinkedDataGraph.create(), server -> {
            assertEquals(KgServer.DEFAULT_MAX_RESULT_ROWS, server.maxResultRows());
            assertEquals(2, Results.rows(Http.postQuery(server.sparqlUrl(), COUNTRIES,
                    "application/sparql-results+json")).size());
        });
    }

    @Test
    void cors_advertises_only_read_methods_and_never_credentials() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            HttpResponse<String> preflight = Http.send(Http.request(server.sparqlUrl())
                    .header("Origin", "https://viewer.example.org")
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, preflight.statusCode());
            List<String> methods = List.of(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")
                    .toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
            assertEquals(List.of("GET", "POST", "OPTIONS"), methods);
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

            HttpResponse<String> put = Http.send(Http.request(server.sparqlUrl())
                    .header("Origin", "https://viewer.example.org")
                    .header("Access-Control-Request-Method", "PUT")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertFalse(put.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"));
            assertTrue(put.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    () -> put.headers().map().toString());
        });
    }
}
