package org.w3id.deportationdeals.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The publication date a scraped page stamps near its top ("American Renaissance 6/30/2025 5:12:19 PM",
 * "Published June 25, 2025"), for articles whose front matter does not give one. The patterns live in
 * {@code publication-stamps.txt}; only the first lines of the body are read, and the earliest stamped date wins
 * (a page that says "Published ..." and "Updated ..." was published on the first).
 */
final class PublicationStamp {
    private static final int LINES_READ = 8;
    private static final List<DocumentedPattern> PATTERNS = DocumentedPattern.load("publication-stamps.txt");

    private PublicationStamp() {
    }

    static List<DocumentedPattern> patterns() {
        return PATTERNS;
    }

    /** The earliest date stamped on one of the first non-blank lines of the body, if any. */
    static Optional<LocalDate> find(String body) {
        LocalDate earliest = null;
        List<String> lines = body.lines().map(l -> Normaliser.standard().apply(l).strip())
                .filter(l -> !l.isEmpty()).limit(LINES_READ).toList();
        for (String line : lines) {
            Optional<LocalDate> date = parse(line);
            if (date.isPresent() && (earliest == null || date.get().isBefore(earliest))) {
                earliest = date.get();
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** The date of a line that is a stamp; empty for any other line, and for an impossible date (2/30/2025). */
    static Optional<LocalDate> parse(String line) {
        for (DocumentedPattern p : PATTERNS) {
            Matcher m = p.pattern().matcher(line);
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group("y")), month(m),
                            Integer.parseInt(m.group("d"))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static int month(Matcher m) {
        if (m.pattern().pattern().contains("(?<m>")) {
            return Integer.parseInt(m.group("m"));
        }
        String name = m.group("mon").toLowerCase(Locale.ROOT);
        List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return months.indexOf(name.substring(0, 3)) + 1;
    }
}
