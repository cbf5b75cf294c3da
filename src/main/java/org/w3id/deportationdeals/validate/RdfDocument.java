package org.w3id.deportationdeals.validate;

import java.io.FilterInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads one RDF document someone submitted, strictly and within {@link InputLimits}: every parser warning (an
 * ill-formed literal such as {@code "ten"^^xsd:integer}, a malformed IRI) is an error, a document over the byte or
 * triple limit is refused part way, and a nesting deep enough to exhaust the stack is reported, not thrown.
 *
 * <pre>{@code
 * DatasetGraph data = RdfDocument.read(Path.of("fix.ttl"), InputLimits.DEFAULT);   // triples in the default graph
 * }</pre>
 */
public final class RdfDocument {
    private RdfDocument() {}

    /** The syntaxes accepted, by file extension; {@code null} when the name says none. */
    public static Lang langOf(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(fileName);
        return lang != null && RDFLanguages.isQuads(lang) || lang != null && RDFLanguages.isTriples(lang) ? lang : null;
    }

    /** Reads a file in the syntax its extension names. */
    public static DatasetGraph read(Path file, InputLimits limits) throws RdfInputException {
        Lang lang = langOf(file.getFileName().toString());
        if (lang == null) {
            throw new RdfInputException(file + ": unknown RDF syntax; use .ttl, .trig, .nt, .nq, .jsonld or .rdf", false);
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new RdfInputException(file + ": " + size + " bytes, over the limit of " + limits.maxBytes() + " bytes", true);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, lang, file.toString(), file.toUri().toString(), limits);
            }
        } catch (IOException e) {
            throw new RdfInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream.
     *
     * @param name a name for messages (file name, "request body")
     * @param base the base IRI for relative IRIs
     */
    public static DatasetGraph read(InputStream in, Lang lang, String name, String base, InputLimits limits)
            throws RdfInputException {
        DatasetGraph target = DatasetGraphFactory.create();
        byte[] bytes;
        try {
            bytes = new Bounded(in, limits.maxBytes(), name).readAllBytes();
        } catch (Refusal e) {
            throw new RdfInputException(e.getMessage(), e.tooLarge);
        } catch (IOException e) {
            throw new RdfInputException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (!lang.equals(Lang.RDFXML)) {
            // Jena decodes bad UTF-8 into replacement characters without a word; a curator should hear of it.
            checkUtf8(bytes, name);
        }
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(bytes))
                    .lang(lang)
                    .context(NO_REMOTE_DOCUMENTS)
                    .base(base)
                    .checking(true)
                    .errorHandler(new Strict(name))
                    .parse(new Counting(StreamRDFLib.dataset(target), limits.maxTriples(), name));
        } catch (Refusal e) {
            throw new RdfInputException(e.getMessage(), e.tooLarge);
        } catch (StackOverflowError e) {
            throw new RdfInputException(name + ": nested too deeply to read (blank nodes, lists or JSON objects inside one another)",
                    false);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof Refusal)) {
                cause = cause.getCause();
            }
            if (cause instanceof Refusal refusal) {
                throw new RdfInputException(refusal.getMessage(), refusal.tooLarge);
            }
            throw new RdfInputException(name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        return target;
    }

    /**
     * JSON-LD may name remote {@code @context} documents, which the parser would fetch: an upload could make the
     * server call any address. Submitted JSON-LD must carry its context inline.
     */
    private static final Context NO_REMOTE_DOCUMENTS = Context.create().set(LangJSONLD11.JSONLD_OPTIONS,
            new JsonLdOptions((url, options) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "remote JSON-LD documents are not fetched (" + url + "): put the @context inline");
            }));

    /** Every syntax but RDF/XML (which declares its own) is UTF-8 by definition. */
    private static void checkUtf8(byte[] bytes, String name) throws RdfInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                throw new RdfInputException(name + ":" + line + ": not UTF-8: byte 0x%02X at offset %d; save the file as UTF-8"
                        .formatted(bytes[at] & 0xFF, at), false);
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /** Carries a refusal through the parser, which wraps what its handlers throw. */
    private static final class Refusal extends RuntimeException {
        final boolean tooLarge;

        Refusal(String message, boolean tooLarge) {
            super(message, null, false, false);
            this.tooLarge = tooLarge;
        }
    }

    /** Parser warnings are errors for submitted data: a curator should fix them, not have Jena guess. */
    private record Strict(String name) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw new Refusal(where(line, col) + message, false);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new Refusal(where(line, col) + message, false);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new Refusal(where(line, col) + message, false);
        }

        private String where(long line, long col) {
            return name + (line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "") + ": ";
        }
    }

    private static final class Counting extends StreamRDFWrapper {
        private final long max;
        private final String name;
        private long count;

        Counting(StreamRDF other, long max, String name) {
            super(other);
            this.max = max;
            this.name = name;
        }

        private void count() {
            if (++count > max) {
                throw new Refusal(name + ": more than " + max + " triples, over the limit", true);
            }
        }

        @Override
        public void triple(Triple triple) {
            count();
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count();
            super.quad(quad);
        }
    }

    /** Stops reading once the limit is passed, so a body without a declared length cannot fill memory. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String name;
        private long read;

        Bounded(InputStream in, long max, String name) {
            super(in);
            this.max = max;
            this.name = name;
        }

        private void add(long n) {
            if (n > 0 && (read += n) > max) {
                throw new Refusal(name + ": over the limit of " + max + " bytes", true);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }
}
