package org.w3id.deportationdeals.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.TokenType;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;

/**
 * Where each IRI of a line-based RDF file (Turtle, TriG, N-Triples, N-Quads) first appears, so a violation can name
 * {@code file:line} of its focus node. Jena's parsers do not report positions of the triples they emit, so the file
 * is tokenised a second time with Jena's own tokenizer, following {@code @prefix}/{@code PREFIX} and
 * {@code @base}/{@code BASE} declarations. The first appearance of a node is, in files written as curators write
 * them, the statement that introduces it.
 *
 * <pre>{@code
 * Map<Node, String> lines = SourceLines.of(Path.of("fix.ttl"));   // e.g. <…/payment/x> -> "fix.ttl:12"
 * }</pre>
 */
public final class SourceLines {
    private SourceLines() {}

    /** Node to {@code file:line}; empty for syntaxes without lines (JSON-LD, RDF/XML) or a file that cannot be read. */
    public static Map<Node, String> of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in, RDFLanguages.filenameToLang(file.toString()), file.toString(), file.toUri().toString());
        } catch (IOException e) {
            return new HashMap<>();
        }
    }

    /** The same for a document read from a stream (a request body), named {@code name} in the locations. */
    public static Map<Node, String> of(InputStream in, Lang lang, String name, String baseIri) {
        Map<Node, String> out = new HashMap<>();
        if (lang == null || !(lang.equals(Lang.TURTLE) || lang.equals(Lang.TRIG) || lang.equals(Lang.NTRIPLES)
                || lang.equals(Lang.NQUADS))) {
            return out;
        }
        PrefixMap prefixes = PrefixMapFactory.create();
        IRIx base = IRIx.create(baseIri);
        try {
            Tokenizer tokens = TokenizerText.create().source(in).build();
            String pendingPrefix = null;
            boolean pendingBase = false;
            while (tokens.hasNext()) {
                Token token = tokens.next();
                TokenType type = token.getType();
                boolean directive = type == TokenType.DIRECTIVE || type == TokenType.KEYWORD;
                if (directive && token.getImage().equalsIgnoreCase("prefix")) {
                    pendingPrefix = "";
                } else if (directive && token.getImage().equalsIgnoreCase("base")) {
                    pendingBase = true;
                } else if (pendingPrefix != null && pendingPrefix.isEmpty() && type == TokenType.PREFIXED_NAME) {
                    pendingPrefix = token.getImage() + ":";
                } else if (pendingPrefix != null && !pendingPrefix.isEmpty() && type == TokenType.IRI) {
                    prefixes.add(pendingPrefix.substring(0, pendingPrefix.length() - 1), base.resolve(token.getImage()).str());
                    pendingPrefix = null;
                } else if (pendingBase && type == TokenType.IRI) {
                    base = base.resolve(token.getImage());
                    pendingBase = false;
                } else {
                    pendingPrefix = null;
                    pendingBase = false;
                    Node node = node(token, prefixes, base);
                    if (node != null) {
                        out.putIfAbsent(node, name + ":" + token.getLine());
                    }
                }
            }
            return out;
        } catch (RuntimeException e) {
            // The lines are a help, never a reason to fail: the parse itself reports syntax errors.
            return out;
        }
    }

    private static Node node(Token token, PrefixMap prefixes, IRIx base) {
        if (token.getType() == TokenType.IRI) {
            return NodeFactory.createURI(base.resolve(token.getImage()).str());
        }
        if (token.getType() == TokenType.PREFIXED_NAME) {
            String expanded = prefixes.expand(token.getImage(), token.getImage2());
            return expanded == null ? null : NodeFactory.createURI(expanded);
        }
        return null;
    }
}
