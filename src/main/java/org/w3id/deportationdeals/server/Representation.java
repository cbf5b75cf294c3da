package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms in which the server offers a description (of a resource, the service or the dataset), chosen by the
 * {@code Accept} header or by a file extension on the path. The order is the preference when the client accepts
 * anything ({@code *}{@code /*}, as curl sends): Turtle first, because a client that does not ask for HTML is a
 * program; browsers ask for {@code text/html} explicitly and get the page.
 */
enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

    private static final AcceptList OFFER;
    static {
        String[] types = new String[values().length];
        for (Representation r : values()) {
            types[r.ordinal()] = r.mediaType;
        }
        OFFER = AcceptList.create(types);
    }

    final String mediaType;
    final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    /**
     * The representation the request's {@code Accept} header asks for; empty when it accepts none of them (the
     * caller answers 406). No header means anything.
     */
    static Optional<Representation> negotiate(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(values()[0]);
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException badHeader) {
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        for (Representation r : values()) {
            if (r.mediaType.equals(chosen.getContentTypeStr())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The representation a path's extension names ({@code .ttl}, {@code .jsonld}...), if any. */
    static Optional<Representation> ofExtension(String path) {
        for (Representation r : values()) {
            if (path.endsWith("." + r.extension)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    boolean isRdf() {
        return format != null;
    }

    Lang lang() {
        return format.getLang();
    }

    /** Writes a graph in this (RDF) representation with its content type and charset. */
    void write(Graph graph, HttpServletResponse response) throws IOException {
        response.setContentType(mediaType + "; charset=utf-8");
        OutputStream out = response.getOutputStream();
        RDFDataMgr.write(out, graph, format);
        out.flush();
    }

    /** Answers an HTML page. */
    static void writeHtml(String page, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** 406 with the list of what is on offer, so the client can correct its Accept header. */
    static void notAcceptable(HttpServletResponse response) throws IOException {
        StringBuilder offered = new StringBuilder();
        for (Representation r : values()) {
            offered.append(offered.isEmpty() ? "" : ", ").append(r.mediaType);
        }
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("406 Not Acceptable: this resource is available as " + offered);
    }
}
