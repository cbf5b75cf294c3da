package org.w3id.deportationdeals.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.deportationdeals.validate.InputLimits;
import org.w3id.deportationdeals.validate.RdfDocument;
import org.w3id.deportationdeals.validate.RdfInputException;
import org.w3id.deportationdeals.validate.ShapeValidator;
import org.w3id.deportationdeals.validate.SourceLines;
import org.w3id.deportationdeals.validate.SubmissionCheck;
import org.w3id.deportationdeals.validate.Violation;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /kg/validate}: validates the RDF in the body (Turtle, N-Triples, TriG, N-Quads, JSON-LD or RDF/XML,
 * by Content-Type) against the shapes, in the context of the published graph, and answers the SHACL report as
 * Turtle, or as JSON when the client accepts {@code application/json}. Nothing is stored. 413 over the size limit,
 * 415 for a syntax it does not read, 400 with the parser's message (and line) for a document it cannot read.
 */
final class ValidationServlet extends HttpServlet {
    static final String PATH = KgServer.DATASET + "/validate";

    private final transient ShapeValidator validator;
    private final transient DatasetGraph published;
    private final transient InputLimits limits;

    ValidationServlet(ShapeValidator validator, DatasetGraph published, InputLimits limits) {
        this.validator = validator;
        this.published = published;
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        RequestBody.text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "POST RDF here (Content-Type text/turtle, application/n-triples, application/trig, application/n-quads,"
                        + " application/ld+json or application/rdf+xml) to have it validated against the shapes; nothing is stored.");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Lang lang = RequestBody.rdfLang(request);
        if (lang == null) {
            RequestBody.text(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + request.getContentType() + " is not an RDF syntax this endpoint reads: use text/turtle, application/n-triples,"
                    + " application/trig, application/n-quads, application/ld+json or application/rdf+xml");
            return;
        }
        byte[] body;
        try {
            body = RequestBody.read(request, limits.maxBytes());
        } catch (RequestBody.TooLarge e) {
            RequestBody.text(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            return;
        }
        String base = "urn:x-validate:body";
        DatasetGraph data;
        try {
            data = RdfDocument.read(new ByteArrayInputStream(body), lang, "body", base, limits);
        } catch (RdfInputException e) {
            RequestBody.text(response, e.tooLarge() ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        ValidationReport report = SubmissionCheck.check(validator, data, published);
        Map<Node, String> lines = SourceLines.of(new ByteArrayInputStream(body), lang, "body", base);
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json")) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json;charset=utf-8");
            response.getOutputStream().write(json(report, lines, data).getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, report.getModel(), Lang.TURTLE);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/turtle;charset=utf-8");
        response.getOutputStream().write(turtle.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String json(ValidationReport report, Map<Node, String> lines, DatasetGraph data) {
        StringBuilder json = new StringBuilder("{\"conforms\":").append(report.conforms())
                .append(",\"triples\":").append(data.stream().count()).append(",\"results\":[");
        boolean first = true;
        for (ReportEntry entry : report.getEntries()) {
            Violation v = validator.violation(entry);
            json.append(first ? "" : ",").append("{\"severity\":").append(string(v.severity()))
                    .append(",\"focus\":").append(string(v.focus())).append(",\"path\":").append(string(v.path()))
                    .append(",\"value\":").append(string(v.value())).append(",\"message\":").append(string(v.message()))
                    .append(",\"shape\":").append(string(v.shape())).append(",\"component\":").append(string(v.component()))
                    .append(",\"line\":").append(string(lines.getOrDefault(entry.focusNode(), ""))).append('}');
            first = false;
        }
        return json.append("]}\n").toString();
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
