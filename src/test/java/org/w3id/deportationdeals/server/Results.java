package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads response bodies back with Jena's own parsers, choosing the parser by the response's Content-Type. */
final class Results {

    private Results() {}

    static Lang langOf(HttpResponse<String> response) {
        Lang lang = RDFLanguages.contentTypeToLang(Http.mediaType(response));
        assertNotNull(lang, "no parser for Content-Type " + Http.mediaType(response));
        return lang;
    }

    static boolean ask(HttpResponse<String> response) {
        return ResultSetMgr.readBoolean(stream(response), langOf(response));
    }

    /** Each row as variable name → value (IRI, or lexical form of a literal), in document order. */
    static List<Map<String, String>> rows(HttpResponse<String> response) {
        ResultSet rs = ResultSetMgr.read(stream(response), langOf(response));
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            Map<String, String> values = new LinkedHashMap<>();
            row.varNames().forEachRemaining(v -> values.put(v, text(row.get(v))));
            rows.add(values);
        }
        return rows;
    }

    static Graph graph(HttpResponse<String> response) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), langOf(response)).parse(graph);
        return graph;
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static ByteArrayInputStream stream(HttpResponse<String> response) {
        return new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8));
    }
}
