package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Finds amounts of money: "$100,000", "about $5 million", "US$ 3m", "€10 million", "5 million dollars".
 *
 * <pre>{@code
 * MoneyFinder money = MoneyFinder.load();
 * for (Spanned<Money> m : money.find(sentence)) {
 *     m.value().amount();    // 5000000 (exact BigDecimal)
 *     m.value().currency();  // "USD"
 *     m.value().qualifier(); // "about"
 * }
 * }</pre>
 *
 * <p>Currency signs, codes and words are in {@code currencies.tsv} (a sign or code before the number, a word
 * after it); qualifiers are those of {@link NumberFinder}. Offsets are body offsets; the span includes the qualifier.
 */
public final class MoneyFinder {

    private record Currency(String surface, String iso, boolean before) {}

    private static volatile MoneyFinder shared;

    private final NumberParser numbers = NumberParser.get();
    private final PhraseMatcher<Currency> before = new PhraseMatcher<>();
    private final PhraseMatcher<Currency> after = new PhraseMatcher<>();
    private final List<Currency> signs = new ArrayList<>();

    private MoneyFinder() {
        for (ResourceTable.Row row : ResourceTable.read("currencies.tsv")) {
            String surface = row.required(0, "surface");
            String iso = row.required(1, "iso4217");
            if (!iso.matches("[A-Z]{3}")) {
                throw row.error("currency must be an ISO 4217 code: " + iso);
            }
            String pos = row.required(2, "position");
            Currency c = new Currency(surface, iso, pos.equals("before"));
            switch (pos) {
                case "before" -> {
                    if (Character.isLetterOrDigit(surface.charAt(0))) {
                        before.add(surface, c);
                    } else {
                        signs.add(c); // "$", "€": not words, matched literally
                    }
                }
                case "after" -> after.add(surface, c);
                default -> throw row.error("position must be before or after: " + pos);
            }
        }
        signs.sort((a, b) -> b.surface().length() - a.surface().length());
    }

    /** The finder of the data files on the classpath; loaded once, safe to share. */
    public static MoneyFinder load() {
        MoneyFinder m = shared;
        if (m == null) {
            synchronized (MoneyFinder.class) {
                if (shared == null) {
                    shared = new MoneyFinder();
                }
                m = shared;
            }
        }
        return m;
    }

    /** Amounts of money in the sentence, sorted by start, not overlapping. */
    public List<Spanned<Money>> find(Sentence s) {
        String text = s.normalised();
        List<Spanned<Money>> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int[] found = prefixed(s, text, i, out);
            if (found == null) {
                found = suffixed(s, text, i, out);
            }
            i = found == null ? i + 1 : found[0];
        }
        return List.copyOf(out);
    }

    /** "$5 million", "US$ 3m", "USD 200": a sign or code, then digits. */
    private int[] prefixed(Sentence s, String text, int i, List<Spanned<Money>> out) {
        Currency cur = null;
        int afterCur = -1;
        PhraseMatcher.Hit<Currency> code = before.longestAt(text, i);
        if (code != null) {
            cur = code.value();
            afterCur = code.end();
        } else {
            for (Currency c : signs) {
                if (text.startsWith(c.surface(), i)) {
                    cur = c;
                    afterCur = i + c.surface().length();
                    break;
                }
            }
        }
        if (cur == null) {
            return null;
        }
        int j = NumberParser.skipSpaces(text, afterCur);
        NumberParser.Amount a = numbers.digitsAt(text, j);
        // A sign is written glued to its digits, also one that ends in letters ("$US7.5 million").
        if (a == null) {
            return null;
        }
        add(s, text, i, a.end(), a, cur, out);
        return new int[] {a.end()};
    }

    /** "5 million dollars", "two million euros": an amount, then a currency word. */
    private int[] suffixed(Sentence s, String text, int i, List<Spanned<Money>> out) {
        if (!Text.wordStart(text, i) || (i > 0 && (text.charAt(i - 1) == '$' || text.charAt(i - 1) == '.'))) {
            return null;
        }
        NumberParser.Amount a = Character.isDigit(text.charAt(i)) ? numbers.digitsAt(text, i)
                : numbers.startsNumberWord(text, i) ? numbers.wordsAt(text, i) : null;
        if (a == null) {
            return null;
        }
        int j = NumberParser.skipSpaces(text, a.end());
        PhraseMatcher.Hit<Currency> word = after.longestAt(text, j);
        if (word == null) {
            return new int[] {a.end()};
        }
        add(s, text, i, word.end(), a, word.value(), out);
        return new int[] {word.end()};
    }

    private void add(Sentence s, String text, int start, int end, NumberParser.Amount a, Currency cur,
                     List<Spanned<Money>> out) {
        NumberParser.Qualifier q = numbers.qualifierBefore(text, start, a.end());
        int from = q == null ? start : q.start();
        out.add(new Spanned<>(s.start() + from, s.start() + end, s.text().substring(from, end),
                new Money(a.value().stripTrailingZeros().setScale(Math.max(0, a.value().stripTrailingZeros().scale())),
                        cur.iso().toUpperCase(Locale.ROOT), q == null ? null : q.normalised())));
    }
}
