package org.w3id.deportationdeals.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request body read within a size limit, for the endpoints that accept documents: a declared length over the
 * limit is refused before reading, and an undeclared one (chunked) is cut off as soon as it passes the limit, so a
 * client cannot make the server hold more than the limit in memory.
 */
final class RequestBody {
    private RequestBody() {}

    /** Thrown when the body is over the limit; answered 413. */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message);
        }
    }

    static byte[] read(HttpServletRequest request, long max) throws IOException, TooLarge {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            drain(request, max);
            throw new TooLarge("the body is " + declared + " bytes, over the limit of " + max + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + (long) n > max) {
                    drain(request, max);
                    throw new TooLarge("the body is over the limit of " + max + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops up to {@code max} more bytes, so that a client still sending a body a little over the limit
     * receives the 413 instead of a reset connection; a far larger body gets its connection closed.
     */
    private static void drain(HttpServletRequest request, long max) {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        try (InputStream in = request.getInputStream()) {
            int n;
            while (dropped < max && (n = in.read(buffer)) >= 0) {
                dropped += n;
            }
        } catch (IOException e) {
            // The client went away: nothing left to answer.
        }
    }

    /** The RDF syntax the Content-Type names, or null. */
    static Lang rdfLang(HttpServletRequest request) {
        String type = mediaType(request);
        return type == null ? null : RDFLanguages.contentTypeToLang(type);
    }

    /** The media type of the body without parameters, lower case, or null. */
    static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase();
    }

    /** A plain-text answer: every 4xx of these endpoints says in words what was wrong. */
    static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
