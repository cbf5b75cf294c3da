package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.SeedCorpus;
import org.w3id.deportationdeals.store.KgStore;

/** The seed graph as `serve` publishes it: union default graph, named graphs per article, read-only. */
class ServedSeedGraphTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theEndpointAnswersTheCompetencyQueriesInEveryFormatAndRefusesUpdates() throws Exception {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceWith(SeedCorpus.built().dataset());
            KgServer server = KgServer.builder().dataset(store.datasetGraph()).port(0).build();
            try {
                server.start();
                String query = Files.readString(Path.of("queries/payments.rq"));
                for (String[] format : new String[][] {
                        {"text/csv", ",RW,100000.0,USD,"},
                        {"text/tab-separated-values", "\"RW\""},
                        {"application/sparql-results+json", "\"payeeIso2\""},
                        {"application/sparql-results+xml", "<variable name=\"payeeIso2\"/>"}}) {
                    HttpResponse<String> response = post(server.sparqlUrl(), "query=" + enc(query), format[0]);
                    assertEquals(200, response.statusCode(), response.body());
                    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format[0]));
                    assertTrue(response.body().contains(format[1]), format[0] + ": " + response.body());
                }
                HttpResponse<String> graphs = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + enc("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals("n\r\n7\r\n", graphs.body(), "ontology, reference and five article graphs");
                HttpResponse<String> construct = post(server.sparqlUrl(), "query=" + enc(
                        "CONSTRUCT { ?c ?p ?o } WHERE { ?c <https://w3id.org/deportation-deals/ontology#iso2> \"RW\" ; ?p ?o }"),
                        "text/turtle");
                assertTrue(construct.body().contains("Q1037"), construct.body());
                HttpResponse<String> update = post(server.sparqlUrl(), "update=" + enc("DROP ALL"), "*/*");
                assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update answered " + update.statusCode());
                assertEquals(7, store.datasetGraph().calculateRead(() -> (int) org.apache.jena.atlas.iterator.Iter.count(
                        store.datasetGraph().listGraphNodes())), "the update changed nothing");
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> post(String url, String form, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
