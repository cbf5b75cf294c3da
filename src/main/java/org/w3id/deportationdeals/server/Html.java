package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds server-rendered HTML. Every piece of text and every attribute value goes through {@link #text} or
 * {@link #attr}, which escape the five characters that could open markup: the graph holds text quoted from news
 * articles and anything a curator typed, none of which may run as script in a reader's browser.
 */
final class Html {

    private static final String CSS = resource("page.css");

    private final StringBuilder out = new StringBuilder(8192);

    Html(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(CSS).append("</style></head>")
                .append("<body><nav><a href=\"/\">Deportation deals knowledge graph</a> · ")
                .append("<a href=\"/query.html\">Query</a> · <a href=\"").append(Namespace.PATH)
                .append("ontology\">Ontology</a> · <a href=\"/.well-known/void\">VoID</a> · ")
                .append("<a href=\"/kg/sparql\">Service description</a></nav><main>\n");
    }

    /** Escapes text for element content and quoted attribute values alike. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends trusted markup: only literals written in this package, never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Appends an element holding escaped text, e.g. {@code element("h2", label)}. */
    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /**
     * Appends a link. Only http(s) IRIs and server paths become links (a {@code javascript:} IRI in the data stays
     * text); IRIs of our namespace point at this server so browsing works on any deployment.
     */
    Html link(String iri, String text) {
        String href = Namespace.link(iri);
        if (href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://") || href.startsWith("#")) {
            out.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        } else {
            out.append(escape(text));
        }
        return this;
    }

    String finish() {
        out.append("\n</main></body></html>\n");
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + Html.class.getPackageName() + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }
}
