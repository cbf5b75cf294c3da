package org.w3id.deportationdeals.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article body into the sentences extraction reads, with offsets into the body.
 *
 * <p>Each line is a paragraph (scraped articles put one paragraph per line), so a heading or a list item is a
 * sentence of its own; only a line that stops mid-sentence and is followed by a line starting in lowercase is
 * read as hard-wrapped and joined to it. Within a line, text is cut around cut marks and split at {@code .}, {@code !} or
 * {@code ?} followed by whitespace and an uppercase letter, digit or opening quote, except after abbreviations,
 * initials, and inside a quotation that closes later on the line (a quote is one statement, and quote rules
 * need it whole). Noise lines and paragraphs repeating an earlier one yield nothing.
 */
final class SentenceSplitter {
    private static final String TERMINATORS = ".!?";
    /** After a terminator these still belong to the sentence: {@code border.”} or {@code (sic.)}. */
    private static final String CLOSERS = "\"')]";
    /** A sentence may start with these as well as with an uppercase letter or digit. */
    private static final String OPENERS = "\"'([";
    /** Double-quote glyphs in the raw body; whether each opens or closes is read from its neighbours. */
    private static final String DOUBLE_QUOTES = "\"“”„‟«»";
    /** List bullets, in normalised text (en and em dashes are already hyphens). */
    private static final Pattern BULLET = Pattern.compile("(?:[-*•‣◦▪●]|\\d{1,3}[.)])\\s+");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Set<String> ABBREVIATIONS = loadAbbreviations();

    private final Normaliser normaliser;
    private final Boilerplate boilerplate;

    SentenceSplitter(Normaliser normaliser, Boilerplate boilerplate) {
        this.normaliser = normaliser;
        this.boilerplate = boilerplate;
    }

    List<Sentence> split(String articleId, String body, Optional<String> publisher) {
        String norm = normaliser.apply(body);
        Run run = new Run(articleId, body, norm, publisher);
        int lineStart = 0;
        while (true) {
            int newline = body.indexOf('\n', lineStart);
            // A hard-wrapped paragraph goes on while a line stops mid-sentence and the next starts in lowercase.
            while (newline >= 0 && continuesOnNextLine(norm, lineStart, newline)) {
                newline = body.indexOf('\n', newline + 1);
            }
            int lineEnd = newline < 0 ? body.length() : newline;
            run.line(lineStart, lineEnd);
            if (newline < 0) {
                return List.copyOf(run.sentences);
            }
            lineStart = newline + 1;
        }
    }

    private static boolean continuesOnNextLine(String norm, int lineStart, int newline) {
        int last = newline - 1;
        while (last >= lineStart && Character.isWhitespace(norm.charAt(last))) {
            last--;
        }
        while (last >= lineStart && CLOSERS.indexOf(norm.charAt(last)) >= 0) {
            last--;
        }
        if (last < lineStart || TERMINATORS.indexOf(norm.charAt(last)) >= 0 || norm.charAt(last) == ':') {
            return false;
        }
        int next = newline + 1;
        while (next < norm.length() && norm.charAt(next) != '\n' && Character.isWhitespace(norm.charAt(next))) {
            next++;
        }
        return next < norm.length() && Character.isLowerCase(norm.charAt(next));
    }

    /** The state of splitting one body: the sentences so far and the paragraphs already seen. */
    private final class Run {
        final String articleId;
        final String body;
        final String norm;
        final Optional<String> publisher;
        final List<Sentence> sentences = new ArrayList<>();
        final Set<String> seenParagraphs = new HashSet<>();

        Run(String articleId, String body, String norm, Optional<String> publisher) {
            this.articleId = articleId;
            this.body = body;
            this.norm = norm;
            this.publisher = publisher;
        }

        void line(int start, int end) {
            start = skipSpace(start, end);
            end = trimSpace(start, end);
            if (start == end) {
                return;
            }
            Matcher bullet = BULLET.matcher(norm).region(start, end);
            boolean listItem = bullet.lookingAt();
            if (listItem) {
                start = bullet.end();
            }
            List<int[]> segments = segments(start, end);
            StringBuilder paragraph = new StringBuilder();
            List<int[]> content = new ArrayList<>();
            for (int[] segment : segments) {
                String text = norm.substring(segment[0], segment[1]);
                if (!boilerplate.isNoise(text, publisher)) {
                    content.add(segment);
                    paragraph.append(text).append(' ');
                }
            }
            String key = paragraph.toString().replaceAll("\\s+", " ").strip();
            // List items are exempt: two lists in one graphic may legitimately share a short entry.
            if (key.isEmpty() || (!listItem && !seenParagraphs.add(key))) {
                return;
            }
            for (int[] segment : content) {
                sentencesIn(segment[0], segment[1]);
            }
        }

        /** Trimmed, non-empty stretches of the line between cut marks. */
        List<int[]> segments(int start, int end) {
            List<int[]> segments = new ArrayList<>();
            int from = start;
            Optional<Matcher> marks = boilerplate.cutMarks(norm);
            if (marks.isPresent()) {
                Matcher m = marks.get().region(start, end);
                while (m.find()) {
                    addSegment(segments, from, m.start());
                    from = m.end();
                }
            }
            addSegment(segments, from, end);
            return segments;
        }

        void addSegment(List<int[]> segments, int start, int end) {
            start = skipSpace(start, end);
            end = trimSpace(start, end);
            if (start < end) {
                segments.add(new int[] {start, end});
            }
        }

        void sentencesIn(int start, int end) {
            List<int[]> quotes = quotations(start, end);
            int sentenceStart = start;
            for (int i = start; i < end; i++) {
                char c = norm.charAt(i);
                if (TERMINATORS.indexOf(c) < 0) {
                    continue;
                }
                int j = i + 1;
                while (j < end && TERMINATORS.indexOf(norm.charAt(j)) >= 0) {
                    j++;
                }
                boolean closed = false;
                while (j < end && CLOSERS.indexOf(norm.charAt(j)) >= 0) {
                    j++;
                    closed = true;
                }
                if (j >= end || !Character.isWhitespace(norm.charAt(j))) {
                    continue;
                }
                int next = skipSpace(j, end);
                if (next >= end || !startsSentence(norm.charAt(next))) {
                    continue;
                }
                // "in the U.S.” Then" ends a sentence; "the U.S. Effort" does not.
                if (c == '.' && j == i + 1 && !closed && isAbbreviation(start, i)) {
                    continue;
                }
                if (insideQuotation(quotes, j)) {
                    continue;
                }
                add(sentenceStart, j);
                sentenceStart = next;
                i = next - 1;
            }
            add(sentenceStart, end);
        }

        void add(int start, int end) {
            start = skipSpace(start, end);
            end = trimSpace(start, end);
            if (start < end) {
                sentences.add(new Sentence(articleId, sentences.size(), start, end,
                        body.substring(start, end), norm.substring(start, end)));
            }
        }

        /** The word that ends with the full stop at {@code dot}, without opening brackets or quotes. */
        boolean isAbbreviation(int segmentStart, int dot) {
            int from = dot;
            while (from > segmentStart && !Character.isWhitespace(norm.charAt(from - 1))) {
                from--;
            }
            while (from < dot && OPENERS.indexOf(norm.charAt(from)) >= 0) {
                from++;
            }
            String word = norm.substring(from, dot + 1);
            return ABBREVIATIONS.contains(word) || INITIAL.matcher(word).matches()
                    || DOTTED_ACRONYM.matcher(word).matches();
        }

        /**
         * Spans of double quotations that open and close within the segment, as {start, closing-quote index}.
         * Whether a quote mark opens or closes is read from its neighbours, not its glyph, because scraped text
         * often has a closing curly quote where an opening one belongs.
         */
        List<int[]> quotations(int start, int end) {
            List<int[]> quotes = new ArrayList<>();
            int open = -1;
            for (int i = start; i < end; i++) {
                char c = body.charAt(i);
                if (DOUBLE_QUOTES.indexOf(c) < 0) {
                    continue;
                }
                boolean spaceBefore = i == start || isSpaceOrOpening(norm.charAt(i - 1));
                boolean spaceAfter = i + 1 == end || Character.isWhitespace(norm.charAt(i + 1))
                        || ".,;:!?)]-".indexOf(norm.charAt(i + 1)) >= 0;
                boolean opens = spaceBefore && !spaceAfter || spaceBefore == spaceAfter && "“„«".indexOf(c) >= 0;
                if (opens) {
                    open = i;
                } else if (open >= 0) {
                    quotes.add(new int[] {open, i});
                    open = -1;
                }
            }
            return quotes;
        }

        int skipSpace(int from, int end) {
            while (from < end && Character.isWhitespace(norm.charAt(from))) {
                from++;
            }
            return from;
        }

        int trimSpace(int start, int end) {
            while (end > start && Character.isWhitespace(norm.charAt(end - 1))) {
                end--;
            }
            return end;
        }
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static boolean isSpaceOrOpening(char c) {
        return Character.isWhitespace(c) || "([{-/".indexOf(c) >= 0;
    }

    private static boolean insideQuotation(List<int[]> quotes, int boundary) {
        for (int[] q : quotes) {
            if (q[0] < boundary && q[1] >= boundary) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadAbbreviations() {
        Set<String> words = new HashSet<>();
        for (String line : DataFile.lines("abbreviations.txt")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return Set.copyOf(words);
    }
}
