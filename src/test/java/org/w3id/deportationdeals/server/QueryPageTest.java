package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The query page works from the server alone: YASGUI, its assets and the example queries all come from it. */
class QueryPageTest {

    @Test
    void the_query_page_and_every_asset_it_references_are_served_locally() throws Exception {
        Serving.serve(LinkedDataGraph.create(), b -> b.queries(DescriptionTest.QUERIES), server -> {
            HttpResponse<String> page = Http.get(server.queryPageUrl());
            assertEquals(200, page.statusCode());
            assertEquals("text/html", Http.mediaType(page));
            Set<String> references = DescriptionTest.localReferences(page.body());
            assertTrue(references.contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"), references::toString);
            assertTrue(references.contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css"), references::toString);
            for (String reference : references) {
                assertTrue(reference.startsWith("/") && !reference.startsWith("//"), "not local: " + reference);
                HttpResponse<String> asset = Http.get(server.serverUrl() + reference.substring(1));
                assertEquals(200, asset.statusCode(), reference);
                if (reference.endsWith(".js")) {
                    assertEquals("text/javascript", Http.mediaType(asset), reference);
                }
                if (reference.endsWith(".css")) {
                    assertEquals("text/css", Http.mediaType(asset), reference);
                    // No fonts or images pulled from another host by the stylesheet.
                    assertFalse(asset.body().matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), reference);
                    assertFalse(asset.body().contains("@import"), reference);
                }
            }
        });
    }

    @Test
    void every_example_query_is_offered_with_its_question() throws Exception {
        Serving.serve(LinkedDataGraph.create(), b -> b.queries(DescriptionTest.QUERIES), server -> {
            HttpResponse<String> response = Http.get(server.serverUrl() + "queries.json");
            assertEquals(200, response.statusCode());
            JsonArray examples = JSON.parseAny(response.body()).getAsArray();
            List<String> names = examples.stream().map(v -> v.getAsObject().getString("name")).toList();
            assertEquals(List.of("country-labels", "payments"), names);
            JsonObject payments = examples.get(1).getAsObject();
            assertTrue(payments.getString("question").startsWith("Which payments does the test graph hold"));
            assertTrue(payments.getString("query").contains("?payment a dd:Payment"));
            // The page's script asks the server itself for them and points YASGUI at this endpoint.
            String script = Http.get(server.serverUrl() + "query.js").body();
            assertTrue(script.contains("fetch(\"/queries.json\")"));
            assertTrue(script.contains("new URL(\"/kg/sparql\", window.location.href)"));
            // The autocompleters that call prefix.cc and LOV are switched off.
            assertTrue(script.contains("Yasgui.Yasqe.defaults.autocompleters = [\"variables\"]"));
        });
    }

    @Test
    void only_the_yasgui_build_can_be_fetched_from_the_webjar_path() throws Exception {
        Serving.serve(LinkedDataGraph.create(), server -> {
            assertEquals(404, Http.get(server.serverUrl() + "webjars/zazuko__yasgui/4.5.0/package.json").statusCode());
            // A path climbing out of the folder is refused (Jetty itself answers 400 before the servlet sees it).
            HttpResponse<String> climbing = Http.get(server.serverUrl()
                    + "webjars/zazuko__yasgui/4.5.0/build/../../../../../org/w3id/deportationdeals/server/cors.properties");
            assertTrue(climbing.statusCode() == 400 || climbing.statusCode() == 404, () -> "" + climbing.statusCode());
            assertFalse(climbing.body().contains("allowedOrigins"));
        });
    }
}
