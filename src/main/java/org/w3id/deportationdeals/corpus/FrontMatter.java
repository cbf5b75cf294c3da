package org.w3id.deportationdeals.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional block at the top of an article file: a {@code ---} line, {@code key: value} lines (blank lines and
 * {@code #} comments allowed), a {@code ---} line. Everything after the closing line is the body, untouched.
 *
 * @param metadata  the pairs in file order, keys lower-cased
 * @param published the {@code published} date, if given
 * @param body      the text after the block (the whole text when there is no block)
 * @param bodyLine  1-based line of the file where the body starts
 */
record FrontMatter(Map<String, String> metadata, Optional<LocalDate> published, String body, int bodyLine) {

    static final String DELIMITER = "---";
    static final Set<String> ROLES = Set.of("full-report", "repost", "rewrite", "preview");
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Article ids end up in IRIs, so relations must name one in the same alphabet. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static FrontMatter parse(Path file, String text) throws ArticleException {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(DELIMITER)) {
            return new FrontMatter(Map.of(), Optional.empty(), text, 1);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        Optional<LocalDate> published = Optional.empty();
        int lineNo = 1;
        int pos = next(text, firstEnd);
        while (pos < text.length()) {
            lineNo++;
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            pos = next(text, end);
            if (line.equals(DELIMITER)) {
                return new FrontMatter(Collections.unmodifiableMap(metadata), published, text.substring(pos),
                        lineNo + 1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                throw new ArticleException(file, lineNo,
                        "front matter line is not 'key: value' (or the closing '---' is missing): " + line);
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(m.group(2).strip());
            if (lineOfKey.containsKey(key)) {
                throw new ArticleException(file, lineNo,
                        "duplicate front matter key '" + key + "' (first given on line " + lineOfKey.get(key) + ")");
            }
            if (value.isEmpty()) {
                throw new ArticleException(file, lineNo,
                        "front matter key '" + key + "' has no value; leave the key out when it is unknown");
            }
            checkValue(file, lineNo, key, value);
            if (key.equals("published")) {
                published = Optional.of(LocalDate.parse(value));
            }
            lineOfKey.put(key, lineNo);
            metadata.put(key, value);
        }
        throw new ArticleException(file, 1, "front matter opened with '---' on line 1 is never closed by a '---' line");
    }

    private static void checkValue(Path file, int lineNo, String key, String value) throws ArticleException {
        switch (key) {
            case "published" -> {
                try {
                    if (!DATE.matcher(value).matches()) {
                        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
                    }
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new ArticleException(file, lineNo,
                            "published date must be a real date written YYYY-MM-DD, got '" + value + "'", e);
                }
            }
            case "url" -> {
                try {
                    URI uri = new URI(value);
                    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                        throw new URISyntaxException(value, "not an http(s) address");
                    }
                } catch (URISyntaxException e) {
                    throw new ArticleException(file, lineNo, "url must be an absolute http(s) address, got '"
                            + value + "'", e);
                }
            }
            case "role" -> {
                if (!ROLES.contains(value)) {
                    throw new ArticleException(file, lineNo, "role must be one of " + String.join(", ",
                            ROLES.stream().sorted().toList()) + ", got '" + value + "'");
                }
            }
            default -> {
                if (key.endsWith("-of") && !ID.matcher(value).matches()) {
                    throw new ArticleException(file, lineNo, "'" + key
                            + "' must name another article by its id (file name without extension), got '" + value + "'");
                }
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** Index of the end of the line starting at {@code pos}, before its line break. */
    private static int lineEnd(String text, int pos) {
        int newline = text.indexOf('\n', pos);
        return newline < 0 ? text.length() : newline;
    }

    /** Index of the start of the next line, given the end of the current one. */
    private static int next(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }
}
