package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.deportationdeals.store.Curation;
import org.w3id.deportationdeals.validate.InputLimits;

/**
 * Curators submit, list and publish over HTTP with credentials; anyone may validate RDF without storing it; bad and
 * hostile input gets a 4xx that says what is wrong, nothing of it is published, and the server keeps answering.
 */
class CuratorHttpTest {
    static final String TOKEN = "a-long-random-token-for-the-test-only";
    static final InputLimits LIMITS = new InputLimits(1 << 20, 100_000);

    @TempDir
    Path dir;

    interface Body {
        void run(KgServer server, Curation curation) throws Exception;
    }

    void serve(Body body) throws Exception {
        Path passwords = dir.resolve("curators");
        CuratorCredentials.setPassword(passwords, "alice", "correct horse battery".toCharArray());
        try (Curation curation = Curation.open(dir.resolve("db"), LIMITS)) {
            CuratorCredentials credentials = CuratorCredentials.load(passwords, TOKEN);
            Serving.serve(curation.published(), b -> b.curation(curation, credentials).validationLimits(LIMITS),
                    server -> body.run(server, curation));
        }
    }

    static HttpResponse<String> post(String url, String authorization, String contentType, byte[] body) {
        HttpRequest.Builder request = Http.request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.send(request.build());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long count(KgServer server, String where) {
        HttpResponse<String> r = Http.postQuery(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    static String id(String json) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    @Test
    void aCuratorSubmitsAnArticleThatIsPublishedOnlyWhenTheyPublishIt() throws Exception {
        serve((server, curation) -> {
            String staging = server.datasetUrl() + "/staging";
            byte[] article = Files.readAllBytes(Path.of("articles/003_d8657b177fc2427a.txt"));

            assertEquals(401, post(staging, null, "text/plain", article).statusCode());
            assertEquals(401, post(staging, basic("alice", "wrong password"), "text/plain", article).statusCode());
            assertEquals(401, Http.send(Http.request(staging).GET().build()).statusCode());

            HttpResponse<String> crossSite = Http.send(Http.request(staging).header("Origin", "https://evil.example")
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(article)).build());
            assertEquals(403, crossSite.statusCode(), "a web page on another site cannot use a curator's credentials");
            assertTrue(curation.submissions().isEmpty());

            HttpResponse<String> submitted = post(staging + "?name=003_nyt", basic("alice", "correct horse battery"), "text/plain",
                    article);
            assertEquals(201, submitted.statusCode(), submitted.body());
            String id = id(submitted.body());
            assertEquals("/kg/staging/" + id, submitted.headers().firstValue("Location").orElseThrow());
            assertEquals(0, count(server, "?p a <https://w3id.org/deportation-deals/ontology#Payment>"), "staged is not published");

            HttpResponse<String> list = Http.send(Http.request(staging).header("Authorization", "Bearer " + TOKEN).GET().build());
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("\"id\":\"" + id + "\",\"status\":\"STAGED\""), list.body());

            HttpResponse<String> review = Http.send(Http.request(staging + "/" + id)
                    .header("Authorization", "Bearer " + TOKEN).GET().build());
            assertTrue(review.body().contains("\"newFacts\":[\"https://w3id.org/deportation-deals/id/"), review.body());

            HttpResponse<String> published = post(staging + "/" + id + "/publish", "Bearer " + TOKEN, "text/plain", new byte[0]);
            assertEquals(200, published.statusCode(), published.body());
            assertTrue(count(server, "?p a <https://w3id.org/deportation-deals/ontology#Payment>") >= 1);
            assertEquals(1, count(server,
                    "?a <http://www.w3.org/ns/prov#wasAssociatedWith>/<http://www.w3.org/2000/01/rdf-schema#label> \"token\""));

            HttpResponse<String> again = post(staging + "/" + id + "/publish", "Bearer " + TOKEN, "text/plain", new byte[0]);
            assertEquals(409, again.statusCode(), again.body());
            assertEquals(404, post(staging + "/nope/publish", "Bearer " + TOKEN, "text/plain", new byte[0]).statusCode());
        });
    }

    @Test
    void anyoneMayValidateRdfAndGetsTheReportWithLinesAndNothingIsStored() throws Exception {
        serve((server, curation) -> {
            String turtle = """
                    PREFIX dd: <https://w3id.org/deportation-deals/ontology#>
                    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                    <https://w3id.org/deportation-deals/id/payment/x> a dd:Payment ;
                        dd:amount "-5"^^xsd:decimal .
                    """;
            String url = server.datasetUrl() + "/validate";
            HttpResponse<String> report = Http.post(url, "text/turtle", turtle);
            assertEquals(200, report.statusCode(), report.body());
            assertTrue(report.body().contains("sh:conforms") && report.body().contains("false"), report.body());

            HttpResponse<String> json = Http.send(Http.request(url).header("Content-Type", "text/turtle")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(turtle)).build());
            assertEquals("application/json", Http.mediaType(json));
            assertTrue(json.body().startsWith("{\"conforms\":false,\"triples\":2,"), json.body());
            assertTrue(json.body().contains("\"line\":\"body:3\""), json.body());
            assertTrue(json.body().contains("dd:payer"), json.body());
            assertEquals(0, count(server, "?s ?p ?o"));
            assertTrue(curation.submissions().isEmpty() && curation.quarantined().isEmpty());
        });
    }

    @Test
    void badAndHostileInputGetsAClearFourHundredAndTheServerStaysUp() throws Exception {
        StringBuilder nestedJson = new StringBuilder();
        nestedJson.append("{\"@id\":\"http://example.org/a\",\"http://example.org/p\":".repeat(10_000))
                .append("\"x\"").append("}".repeat(10_000));
        StringBuilder nestedTurtle = new StringBuilder("<http://example.org/a> <http://example.org/p> ");
        nestedTurtle.append("[ <http://example.org/p> ".repeat(30_000)).append("\"x\"").append(" ]".repeat(30_000)).append(" .\n");
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [
                  <!ENTITY a "hahahahahahahahahaha">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
                ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/a"><ex:p>&h;</ex:p></rdf:Description>
                </rdf:RDF>
                """;
        byte[] latin1 = "<http://example.org/a> <http://example.org/p> \"S\u00e3o Tom\u00e9\" .\n".getBytes(StandardCharsets.ISO_8859_1);
        record Bad(String name, String contentType, byte[] body, int status, String says) {}
        Map<String, Bad> cases = new LinkedHashMap<>();
        for (Bad bad : new Bad[] {
            new Bad("over the size limit", "text/turtle", new byte[(1 << 20) + 1], 413, "over the limit of 1048576 bytes"),
            new Bad("deeply nested JSON-LD", "application/ld+json", nestedJson.toString().getBytes(StandardCharsets.UTF_8),
                    400, "nested too deeply"),
            new Bad("blank nodes nested 30,000 deep", "text/turtle", nestedTurtle.toString().getBytes(StandardCharsets.UTF_8),
                    400, "nested too deeply"),
            new Bad("XML entity expansion (billion laughs)", "application/rdf+xml", laughs.getBytes(StandardCharsets.UTF_8),
                    400, "entity expansions"),
            new Bad("Latin-1 bytes sent as UTF-8", "application/n-triples", latin1, 400, ":1: not UTF-8: byte 0xE3"),
            new Bad("a malformed IRI", "text/turtle",
                    "<http://example.org/a b> <http://example.org/p> 1 .".getBytes(StandardCharsets.UTF_8),
                    400, ":1:23: Bad character in IRI"),
            new Bad("a literal that is not of its datatype", "text/turtle",
                    "<http://example.org/a> <http://example.org/p> \"fifty\"^^<http://www.w3.org/2001/XMLSchema#integer> ."
                            .getBytes(StandardCharsets.UTF_8),
                    400, ":1:47: Lexical form 'fifty' not valid for datatype XSD integer"),
            new Bad("a Turtle syntax error", "text/turtle",
                    "<http://example.org/a> <http://example.org/p> .".getBytes(StandardCharsets.UTF_8), 400, ":1:47: Unrecognized"),
            new Bad("a syntax the server does not read", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
                    415, "Content-Type application/pdf is n"),
        }) {
            cases.put(bad.name(), bad);
        }
        serve((server, curation) -> {
            for (String endpoint : new String[] {"/validate", "/staging"}) {
                for (Bad bad : cases.values()) {
                    HttpResponse<String> r = post(server.datasetUrl() + endpoint, "Bearer " + TOKEN, bad.contentType(), bad.body());
                    assertEquals(bad.status(), r.statusCode(), endpoint + " " + bad.name() + ": " + r.body());
                    assertTrue(r.body().contains(bad.says()), endpoint + " " + bad.name() + ": " + r.body());
                }
            }
            try (java.net.ServerSocket elsewhere = new java.net.ServerSocket(0)) {
                String remote = "{\"@context\": \"http://127.0.0.1:" + elsewhere.getLocalPort() + "/context.jsonld\","
                        + " \"@id\": \"http://example.org/a\", \"name\": \"x\"}";
                HttpResponse<String> r = post(server.datasetUrl() + "/validate", null, "application/ld+json",
                        remote.getBytes(StandardCharsets.UTF_8));
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("remote JSON-LD documents are not fetched"), r.body());
                elsewhere.setSoTimeout(200);
                assertThrows(java.net.SocketTimeoutException.class, elsewhere::accept, "the server fetched the remote context");
            }
            HttpResponse<String> badQuery = Http.postQuery(server.sparqlUrl(), "SELECT ?x WHERE { ?x ", "text/csv");
            assertEquals(400, badQuery.statusCode());
            assertTrue(badQuery.body().contains("line 1"), badQuery.body());

            assertTrue(curation.submissions().isEmpty(), "nothing was staged");
            assertEquals(0, count(server, "?s ?p ?o"), "nothing was published");
            assertEquals(200, Http.postQuery(server.sparqlUrl(), "ASK { }", "application/sparql-results+json").statusCode(),
                    "the server still answers");
        });
    }
}
