package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page: {@code /query.html} (YASGUI on this server's endpoint), its script {@code /query.js}, and the
 * example queries as JSON at {@code /queries.json}, which the script turns into one tab each.
 */
final class QueryPageServlet extends HttpServlet {

    static final String PAGE = "/query.html";
    static final String SCRIPT = "/query.js";
    static final String EXAMPLES = "/queries.json";

    private static final String PAGE_HTML = Html.resource("query.html");
    private static final String SCRIPT_JS = Html.resource("query.js");

    private final transient QueryExamples examples;

    QueryPageServlet(QueryExamples examples) {
        this.examples = examples;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getRequestURI()) {
            case PAGE -> send(response, "text/html; charset=utf-8", PAGE_HTML);
            case SCRIPT -> send(response, "text/javascript; charset=utf-8", SCRIPT_JS);
            case EXAMPLES -> {
                JsonArray list = new JsonArray();
                for (QueryExamples.Example e : examples.list()) {
                    JsonObject item = new JsonObject();
                    item.put("name", e.name());
                    item.put("question", e.question());
                    item.put("query", e.query());
                    list.add(item);
                }
                send(response, "application/json; charset=utf-8", list.toString());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
