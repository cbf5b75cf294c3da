package org.w3id.deportationdeals.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.deportationdeals.graph.Prefixes;
import org.w3id.deportationdeals.validate.Violation;

/**
 * Writes rejected facts to a Turtle file a curator can read: for each rejection, comments saying where it came
 * from and what is wrong, then its triples. The whole file parses as Turtle, so a corrected copy can be validated
 * and loaded again.
 */
public final class RejectsFile {
    private RejectsFile() {}

    /** Writes the file whole, or leaves the old one in place when writing fails part way. */
    public static void write(Path file, List<Rejection> rejections) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("# Facts rejected by the SHACL shapes: not loaded into the knowledge graph.\n");
            out.write("# " + rejections.size() + " rejection(s). Fix the article, the rules or the shapes, and build again.\n\n");
            Prefixes.MAP.forEach((prefix, ns) -> {
                try {
                    out.write("PREFIX " + prefix + ": <" + ns + ">\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (Rejection rejection : rejections) {
                out.write("\n# ---- rejected from article " + rejection.articleId() + ": " + rejection.what() + "\n");
                out.write("# source: " + oneLine(rejection.source()) + "\n");
                for (Violation violation : rejection.violations()) {
                    out.write("# " + oneLine(violation.line()) + "\n");
                }
                out.write(turtleBody(rejection.triples()));
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String turtleBody(Model triples) {
        Model copy = ModelFactory.createDefaultModel().add(triples);
        copy.setNsPrefixes(Prefixes.MAP);
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, copy, Lang.TURTLE);
        StringBuilder body = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            if (!line.startsWith("PREFIX ") && !line.startsWith("@prefix ")) {
                body.append(line).append('\n');
            }
        }
        return body.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
