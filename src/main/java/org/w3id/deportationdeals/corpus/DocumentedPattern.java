package org.w3id.deportationdeals.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One regex from a pattern file, with the comment that says what it is and the example it must match, so a
 * curator can see (and a test can check) why each pattern exists.
 *
 * @param pattern the compiled regex
 * @param what    the comment lines before it, joined
 * @param example the text of the {@code # example:} line before it, empty if there was none
 * @param source  file name and 1-based line, for messages
 */
record DocumentedPattern(Pattern pattern, String what, String example, String source) {

    private static final String EXAMPLE = "example:";

    /** Reads a pattern file: comments and examples first, then the regex, blank lines between entries. */
    static List<DocumentedPattern> load(String resource) {
        List<DocumentedPattern> patterns = new ArrayList<>();
        StringBuilder what = new StringBuilder();
        String example = "";
        List<String> lines = DataFile.lines(resource);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                what.setLength(0);
                example = "";
            } else if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith(EXAMPLE)) {
                    example = comment.substring(EXAMPLE.length()).strip();
                } else {
                    what.append(what.length() > 0 ? " " : "").append(comment);
                }
            } else {
                String source = resource + ":" + (n + 1);
                try {
                    patterns.add(new DocumentedPattern(Pattern.compile(line), what.toString(), example, source));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(source + ": bad regex: " + e.getDescription(), e);
                }
                what.setLength(0);
                example = "";
            }
        }
        return List.copyOf(patterns);
    }
}
