package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Finds counts: "1,100 refugees", "92 Uzbeks", "up to 50 people", "nearly two million Venezuelans",
 * "a family of three", "a dozen".
 *
 * <pre>{@code
 * NumberFinder numbers = NumberFinder.load();
 * for (Spanned<Quantity> q : numbers.find(sentence)) {
 *     q.value().value();     // 2000000
 *     q.value().qualifier(); // "nearly"
 * }
 * }</pre>
 *
 * <p>What is not a count is left out: years ("in 2008"; any bare 1900 to 2100 without a qualifier), days of
 * the month ("Jan. 28", "May 8"), ordinals ("16th", "third"), times and numeric dates ("5:12", "6/30/2025"),
 * percentages, parts of codes ("COVID-19"), money (see {@link MoneyFinder}), the pronoun "one" ("one of",
 * "no one") and vague plurals ("dozens", "hundreds", "thousands"), which give no number. The qualifier, when
 * there is one, is part of the span and normalised to "about", "up to", "at least", "more than", "nearly" or
 * "fewer than" (list in {@code quantity-qualifiers.tsv}).
 */
public final class NumberFinder {

    private static volatile NumberFinder shared;

    private final NumberParser numbers = NumberParser.get();
    private final MoneyFinder money = MoneyFinder.load();
    private final Pattern monthBefore;
    private final Pattern monthAfter;
    private final List<String> notCountAfter;
    private final List<String> oneNotAfter;

    private NumberFinder() {
        StringBuilder alt = new StringBuilder();
        for (ResourceTable.Row row : ResourceTable.read("months.tsv")) {
            for (String name : row.list(1)) {
                alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(name));
            }
        }
        monthBefore = Pattern.compile("(?<![\\p{L}])(" + alt + ")\\.?\\s+$");
        monthAfter = Pattern.compile("\\G(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + alt + ")(?!\\p{L})");
        notCountAfter = ResourceTable.words("not-count-after.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        oneNotAfter = ResourceTable.words("one-not-after.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The finder of the data files on the classpath; loaded once, safe to share. */
    public static NumberFinder load() {
        NumberFinder n = shared;
        if (n == null) {
            synchronized (NumberFinder.class) {
                if (shared == null) {
                    shared = new NumberFinder();
                }
                n = shared;
            }
        }
        return n;
    }

    private static final Pattern WORD_AFTER = Pattern.compile("\\G\\s*(%|\\p{L}+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    /** Counts in the sentence, sorted by start, not overlapping each other or money. */
    public List<Spanned<Quantity>> find(Sentence s) {
        String text = s.normalised();
        List<Spanned<Money>> monies = money.find(s);
        List<Spanned<Quantity>> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int bodyAt = s.start() + i;
            Spanned<Money> inMoney = monies.stream().filter(m -> m.start() <= bodyAt && bodyAt < m.end()).findFirst().orElse(null);
            if (inMoney != null) {
                i = inMoney.end() - s.start();
                continue;
            }
            NumberParser.Amount a = null;
            char c = text.charAt(i);
            if (Character.isDigit(c) && Text.wordStart(text, i)) {
                a = numbers.digitsAt(text, i);
                if (a != null && !isCountDigits(text, a)) {
                    i = a.end();
                    continue;
                }
            } else if (Character.isLetter(c) && numbers.startsNumberWord(text, i)) {
                a = numbers.wordsAt(text, i);
                if (a != null && !isCountWords(text, a)) {
                    i = a.end();
                    continue;
                }
            }
            if (a == null) {
                i = skipWord(text, i);
                continue;
            }
            NumberParser.Qualifier q = numbers.qualifierBefore(text, a.start(), a.end());
            if (!a.words() && q == null && isYear(text, a)) {
                i = a.end();
                continue;
            }
            int from = q == null ? a.start() : q.start();
            out.add(new Spanned<>(s.start() + from, s.start() + a.end(), s.text().substring(from, a.end()),
                    new Quantity(a.value().stripTrailingZeros().setScale(Math.max(0, a.value().stripTrailingZeros().scale())),
                            q == null ? null : q.normalised())));
            i = a.end();
        }
        return List.copyOf(out);
    }

    private static int skipWord(String text, int i) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
            return i + 1;
        }
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isCountDigits(String text, NumberParser.Amount a) {
        char before = a.start() > 0 ? text.charAt(a.start() - 1) : ' ';
        char after = a.end() < text.length() ? text.charAt(a.end()) : ' ';
        if (before == '-' && a.start() > 1 && Character.isLetter(text.charAt(a.start() - 2))) {
            return false; // COVID-19, I-94
        }
        if (before == ':' || before == '/' || after == ':' || after == '/' || before == '#') {
            return false; // times and numeric dates
        }
        if (after == '.' && a.end() + 1 < text.length() && Character.isDigit(text.charAt(a.end() + 1))) {
            return false; // version-like "1.2.3"
        }
        if (monthBefore.matcher(text.substring(0, a.start())).find()) {
            return false; // "Jan. 28", "May 8"
        }
        Matcher month = monthAfter.matcher(text);
        if (month.find(a.end()) && month.start() == a.end()) {
            return false; // "12 May 2025"
        }
        return !followedByNonCount(text, a.end());
    }

    private boolean isCountWords(String text, NumberParser.Amount a) {
        String w = text.substring(a.start(), a.end()).toLowerCase(Locale.ROOT);
        if (w.equals("one")) {
            Matcher before = WORD_BEFORE.matcher(text.substring(0, a.start()));
            if (before.find() && oneNotAfter.contains(before.group(1).toLowerCase(Locale.ROOT))) {
                return false; // "no one", "the one"
            }
            Matcher next = WORD_AFTER.matcher(text);
            if (next.find(a.end()) && next.group(1).equalsIgnoreCase("of")) {
                return false; // "one of the nine countries"
            }
        }
        return !followedByNonCount(text, a.end());
    }

    /** "50 percent", "50%": a ratio, not a count. */
    private boolean followedByNonCount(String text, int end) {
        Matcher next = WORD_AFTER.matcher(text);
        return next.find(end) && notCountAfter.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean isYear(String text, NumberParser.Amount a) {
        String digits = text.substring(a.start(), a.end());
        if (!digits.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= 2100;
    }
}
