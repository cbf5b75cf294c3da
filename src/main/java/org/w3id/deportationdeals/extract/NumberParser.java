package org.w3id.deportationdeals.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one amount at a position: digits with thousands commas and decimals, an optional scale ("2.5 billion",
 * "3m"), or number words ("two million", "twenty-five", "a dozen"). Words and qualifiers come from
 * {@code number-words.tsv} and {@code quantity-qualifiers.tsv}.
 */
final class NumberParser {

    /** An amount found at {@code [start, end)}. */
    record Amount(int start, int end, BigDecimal value, boolean words) {}

    /** A qualifier phrase ("up to") and its normalised form. */
    record Qualifier(int start, String normalised) {}

    private enum Kind { UNIT, TENS, HUNDRED, SCALE, DOZEN, SUFFIX, ARTICLE, VAGUE, FRACTION }

    private record Word(BigDecimal value, Kind kind) {}

    private static volatile NumberParser shared;

    private static final Pattern DIGITS = Pattern.compile("\\G(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    private static final Pattern WORD = Pattern.compile("\\G\\p{L}+");

    private final Map<String, Word> words = new HashMap<>();
    private final Pattern qualifierBefore;
    private final Map<String, String> qualifiers = new HashMap<>();
    private final Map<String, Boolean> qualifierNotBeforeTime = new HashMap<>();
    private final List<String> timeUnits;

    private NumberParser() {
        for (ResourceTable.Row row : ResourceTable.read("number-words.tsv")) {
            String w = row.required(0, "word").toLowerCase(Locale.ROOT);
            Kind kind;
            try {
                kind = Kind.valueOf(row.required(2, "kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind " + row.cell(2));
            }
            BigDecimal v = row.cell(1).isEmpty() ? BigDecimal.ZERO : new BigDecimal(row.cell(1));
            words.put(w, new Word(v, kind));
        }
        StringBuilder alt = new StringBuilder();
        ResourceTable.read("quantity-qualifiers.tsv").stream()
                .sorted((a, b) -> b.cell(0).length() - a.cell(0).length())
                .forEach(row -> {
                    String phrase = row.required(0, "phrase").toLowerCase(Locale.ROOT);
                    qualifiers.put(phrase, row.required(1, "normalised"));
                    qualifierNotBeforeTime.put(phrase, "not-before-time".equals(row.cell(2)));
                    alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
                });
        qualifierBefore = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + alt + ")\\s+$");
        timeUnits = ResourceTable.words("time-units.txt").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    static NumberParser get() {
        NumberParser p = shared;
        if (p == null) {
            synchronized (NumberParser.class) {
                if (shared == null) {
                    shared = new NumberParser();
                }
                p = shared;
            }
        }
        return p;
    }

    /** Digits (with a scale word or suffix after them) at {@code i}, or null. */
    Amount digitsAt(String text, int i) {
        Matcher m = DIGITS.matcher(text);
        if (!m.find(i) || m.start() != i) {
            return null;
        }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
        int end = m.end();
        // "3m", "5bn": a suffix glued to the digits
        Matcher w = WORD.matcher(text);
        if (w.find(end) && w.start() == end) {
            Word suffix = words.get(w.group().toLowerCase(Locale.ROOT));
            if (suffix != null && (suffix.kind() == Kind.SUFFIX || suffix.kind() == Kind.SCALE) && Text.wordEnd(text, w.end())) {
                return new Amount(i, w.end(), v.multiply(suffix.value()), false);
            }
            return null; // "16th", "COVID19x": not an amount
        }
        int j = skipSpaces(text, end);
        if (w.find(j) && w.start() == j) {
            Word scale = words.get(w.group().toLowerCase(Locale.ROOT));
            if (scale != null && (scale.kind() == Kind.SCALE || scale.kind() == Kind.HUNDRED)) {
                return new Amount(i, w.end(), v.multiply(scale.value()), false);
            }
        }
        return new Amount(i, end, v, false);
    }

    /** Number words at {@code i} ("two million", "a dozen", "twenty-five"), or null. */
    Amount wordsAt(String text, int i) {
        if (!Text.wordStart(text, i)) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean article = false;
        BigDecimal fraction = null;
        int end = i;
        int k = i;
        Word last = null;
        while (true) {
            Matcher w = WORD.matcher(text);
            if (!w.find(k) || w.start() != k) {
                break;
            }
            String token = w.group().toLowerCase(Locale.ROOT);
            Word word = words.get(token);
            if (word == null) {
                if (token.equals("and") && last != null && last.kind() == Kind.HUNDRED) {
                    k = skipSpaces(text, w.end());
                    continue;
                }
                break;
            }
            if (word.kind() == Kind.VAGUE || word.kind() == Kind.SUFFIX) {
                return null; // "dozens", "hundreds": no number to give
            }
            if (word.kind() == Kind.FRACTION) {
                if (any || article) {
                    break;
                }
                fraction = word.value(); // "half a dozen": the fraction of the scale that follows
                k = skipSpaces(text, w.end());
                continue;
            }
            if (word.kind() == Kind.ARTICLE) {
                if (any || article) {
                    break;
                }
                article = true;
                k = skipSpaces(text, w.end());
                continue;
            }
            if (article && !any && word.kind() != Kind.HUNDRED && word.kind() != Kind.SCALE && word.kind() != Kind.DOZEN) {
                return null; // "a two", not a number
            }
            if (fraction != null && !any && (!article || word.kind() == Kind.UNIT || word.kind() == Kind.TENS)) {
                return null; // "half of them", "half the group": a share, not a number
            }
            if (fraction != null && !any) {
                current = fraction;
            }
            switch (word.kind()) {
                case UNIT, TENS -> {
                    if (last != null && (last.kind() == Kind.UNIT || (last.kind() == Kind.TENS && word.kind() == Kind.TENS))) {
                        return finish(i, end, total.add(current), any);
                    }
                    current = current.add(word.value());
                }
                case HUNDRED -> current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(word.value());
                case DOZEN -> current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(word.value());
                case SCALE -> {
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(word.value()));
                    current = BigDecimal.ZERO;
                }
                default -> { }
            }
            any = true;
            last = word;
            end = w.end();
            k = end;
            if (k < text.length() && text.charAt(k) == '-' && last.kind() == Kind.TENS) {
                k++; // "twenty-five"
            } else {
                k = skipSpaces(text, k);
            }
        }
        if (!any || !Text.wordEnd(text, end)) {
            return null;
        }
        return finish(i, end, total.add(current), true);
    }

    private static Amount finish(int start, int end, BigDecimal v, boolean any) {
        return any ? new Amount(start, end, v, true) : null;
    }

    /** Is the word at {@code i} a number word (so a scan may start there)? */
    boolean startsNumberWord(String text, int i) {
        Matcher w = WORD.matcher(text);
        if (!Text.wordStart(text, i) || !w.find(i) || w.start() != i) {
            return false;
        }
        return words.containsKey(w.group().toLowerCase(Locale.ROOT));
    }

    /** The qualifier right before {@code start} ("up to 50"), or null; "over three months" is a span, not "more than". */
    Qualifier qualifierBefore(String text, int start, int amountEnd) {
        Matcher m = qualifierBefore.matcher(text.substring(0, start));
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (qualifierNotBeforeTime.getOrDefault(phrase, false) && followedByTimeUnit(text, amountEnd)) {
            return null;
        }
        return new Qualifier(m.start(1), qualifiers.get(phrase));
    }

    boolean followedByTimeUnit(String text, int end) {
        Matcher w = WORD.matcher(text);
        int j = skipSpaces(text, end);
        return w.find(j) && w.start() == j && timeUnits.contains(w.group().toLowerCase(Locale.ROOT));
    }

    static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
