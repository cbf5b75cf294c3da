package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The example queries the query page offers: every {@code *.rq} of the project's {@code queries/} folder, read from
 * a folder given to the server or else from the {@code queries/} resources packaged into the jar. Read on each
 * request, so a curator's edit to a folder shows without a restart.
 */
final class QueryExamples {

    /** One example: file name without {@code .rq}, the question from its leading comment lines, and the query. */
    record Example(String name, String question, String query) {}

    private static final String CLASSPATH_FOLDER = "queries/";

    private final Path folder;

    /** @param folder the folder to read, or null for the packaged queries */
    QueryExamples(Path folder) {
        this.folder = folder;
    }

    List<Example> list() {
        List<Example> examples = new ArrayList<>();
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                    examples.add(example(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the example queries in " + folder, e);
            }
        } else {
            for (String file : packagedFiles()) {
                try (InputStream in = QueryExamples.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + file)) {
                    if (in != null) {
                        examples.add(example(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read packaged query " + file, e);
                }
            }
        }
        examples.sort(Comparator.comparing(Example::name));
        return examples;
    }

    private static Example example(String file, String text) {
        StringBuilder question = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            question.append(question.isEmpty() ? "" : " ").append(line.substring(1).strip());
        }
        return new Example(file.substring(0, file.length() - ".rq".length()), question.toString(), text);
    }

    /** The {@code queries/*.rq} names on the classpath: in a classes folder (tests) or in the jar (deployment). */
    private static List<String> packagedFiles() {
        URL folderUrl = QueryExamples.class.getClassLoader().getResource(CLASSPATH_FOLDER);
        List<String> names = new ArrayList<>();
        try {
            if (folderUrl != null && folderUrl.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(folderUrl.toURI()))) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(names::add);
                }
                return names;
            }
            URL jar = QueryExamples.class.getProtectionDomain().getCodeSource().getLocation();
            Path jarPath = Path.of(jar.toURI());
            if (!Files.isRegularFile(jarPath)) {
                return names;
            }
            try (ZipFile zip = new ZipFile(jarPath.toFile())) {
                zip.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(CLASSPATH_FOLDER) && n.endsWith(".rq") && n.indexOf('/', CLASSPATH_FOLDER.length()) < 0)
                        .forEach(n -> names.add(n.substring(CLASSPATH_FOLDER.length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged example queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the packaged example queries: " + e.getMessage(), e);
        }
        return names;
    }
}
