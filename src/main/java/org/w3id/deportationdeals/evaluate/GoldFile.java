package org.w3id.deportationdeals.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads gold annotations: a folder of {@code <articleId>.gold} files, one fact a line:
 * {@code Kind role=value role="several words" ... | the sentence it comes from}.
 */
final class GoldFile {
    static final String EXTENSION = ".gold";

    private GoldFile() {}

    /** Every gold file of the folder, by article id, in article order. */
    static Map<String, List<ComparedFact>> readFolder(Path folder, ComparedRoles compared) {
        if (!Files.isDirectory(folder)) {
            throw new GoldFormatException(folder, 0, "no such folder of gold files");
        }
        Map<String, List<ComparedFact>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
                String name = file.getFileName().toString();
                String articleId = name.substring(0, name.length() - EXTENSION.length());
                byArticle.put(articleId, read(file, articleId, compared));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        return byArticle;
    }

    static List<ComparedFact> read(Path file, String articleId, ComparedRoles compared) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file, articleId, compared);
        } catch (IOException e) {
            throw new GoldFormatException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The facts of one gold file's text; {@code file} only names it in messages. */
    static List<ComparedFact> parse(String text, Path file, String articleId, ComparedRoles compared) {
        List<ComparedFact> facts = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            facts.add(parseLine(line, file, i + 1, articleId, compared));
        }
        return facts;
    }

    private static ComparedFact parseLine(String line, Path file, int lineNumber, String articleId,
                                          ComparedRoles compared) {
        List<String> tokens = new ArrayList<>();
        String sentence = "";
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                token.append(c);
            } else if (!quoted && c == '|') {
                sentence = line.substring(i + 1).strip();
                break;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (quoted) {
            throw new GoldFormatException(file, lineNumber, "a quoted value is not closed");
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        if (tokens.isEmpty()) {
            throw new GoldFormatException(file, lineNumber, "the line names no kind of fact");
        }
        String kind = tokens.get(0);
        if (!compared.scores(kind)) {
            throw new GoldFormatException(file, lineNumber, "unknown kind " + kind + "; gold lines may be of kinds "
                    + compared.kinds());
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String pair : tokens.subList(1, tokens.size())) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new GoldFormatException(file, lineNumber, "expected role=value, found " + pair);
            }
            String role = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).strip();
            } else if (value.contains("\"")) {
                throw new GoldFormatException(file, lineNumber, "quote a whole value, as role=\"some words\": " + pair);
            }
            if (!compared.roles(kind).contains(role)) {
                throw new GoldFormatException(file, lineNumber, kind + " has no compared role " + role
                        + "; its roles are " + compared.roles(kind));
            }
            String problem = compared.problemWith(role, value);
            if (problem != null) {
                throw new GoldFormatException(file, lineNumber, problem);
            }
            roles.computeIfAbsent(role, r -> new ArrayList<>()).add(value);
        }
        String origin = file.getFileName() + ":" + lineNumber;
        return new ComparedFact(articleId, kind, roles, sentence, origin);
    }
}
