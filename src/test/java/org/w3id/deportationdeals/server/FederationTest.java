package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Another SPARQL service can join its own data with the knowledge graph through {@code SERVICE}: our endpoint is a
 * well-behaved federation member even though it makes no SERVICE calls itself.
 */
class FederationTest {

    private static final String OTHER_DATA = """
            @prefix ex: <http://example.org/population/> .
            ex:rw ex:iso2 "RW" ; ex:population 14000000 .
            ex:us ex:iso2 "US" ; ex:population 340000000 .
            ex:fr ex:iso2 "FR" ; ex:population 68000000 .
            """;

    @Test
    void another_endpoint_joins_its_population_figures_with_our_countries() throws Exception {
        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(OTHER_DATA, Lang.TURTLE).parse(other.getDefaultGraph());
        Serving.serve(LinkedDataGraph.create(), server -> {
            FusekiServer population = FusekiServer.create().port(0).loopback(true).add("/population", other, false).build();
            population.start();
            try {
                String query = """
                        PREFIX ex:   <http://example.org/population/>
                        PREFIX dd:   <https://w3id.org/deportation-deals/ontology#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT ?name ?population WHERE {
                          ?x ex:iso2 ?code ; ex:population ?population .
                          SERVICE <%s> { ?country dd:iso2 ?code ; rdfs:label ?name }
                        } ORDER BY ?name
                        """.formatted(server.sparqlUrl());
                HttpResponse<String> response = Http.postQuery(population.datasetURL("/population"), query,
                        "application/sparql-results+json");
                assertEquals(200, response.statusCode(), response::body);
                assertEquals(List.of(Map.of("name", "Rwanda", "population", "14000000"),
                        Map.of("name", "United States", "population", "340000000")), Results.rows(response));
            } finally {
                population.stop();
            }
        });
    }
}
