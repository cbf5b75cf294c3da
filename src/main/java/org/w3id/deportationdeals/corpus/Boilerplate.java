package org.w3id.deportationdeals.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scraped noise: whole lines that are not part of the report ({@code boilerplate.txt}) and cut marks inside a
 * paragraph ({@code cut-marks.txt}). Both are matched against normalised text.
 */
final class Boilerplate {
    private static final Boilerplate STANDARD =
            new Boilerplate(DocumentedPattern.load("boilerplate.txt"), DocumentedPattern.load("cut-marks.txt"));

    private final List<DocumentedPattern> linePatterns;
    private final List<DocumentedPattern> cutMarks;
    private final Pattern anyCutMark;

    Boilerplate(List<DocumentedPattern> linePatterns, List<DocumentedPattern> cutMarks) {
        this.linePatterns = linePatterns;
        this.cutMarks = cutMarks;
        this.anyCutMark = cutMarks.isEmpty() ? null : Pattern.compile(String.join("|",
                cutMarks.stream().map(p -> "(?:" + p.pattern().pattern() + ")").toList()));
    }

    static Boilerplate standard() {
        return STANDARD;
    }

    List<DocumentedPattern> linePatterns() {
        return linePatterns;
    }

    List<DocumentedPattern> cutMarks() {
        return cutMarks;
    }

    /**
     * Whether a trimmed, normalised line is noise. A line that only names the article's own publisher is a
     * masthead or credit, whatever the outlet, so it counts too.
     */
    boolean isNoise(String line, Optional<String> publisher) {
        if (publisher.isPresent()) {
            String name = Normaliser.standard().apply(publisher.get()).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && line.toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        for (DocumentedPattern p : linePatterns) {
            if (p.pattern().matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A matcher for cut marks over the given normalised text, or empty when no cut marks are configured. */
    Optional<Matcher> cutMarks(CharSequence text) {
        return anyCutMark == null ? Optional.empty() : Optional.of(anyCutMark.matcher(text));
    }
}
