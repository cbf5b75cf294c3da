package org.w3id.deportationdeals.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Finds dates and resolves them against the article's publication date, at the precision the text gives.
 *
 * <pre>{@code
 * DateFinder dates = DateFinder.load();
 * for (Spanned<DateValue> d : dates.find(sentence, article.published())) {
 *     d.value(); // DateValue("2025-04", MONTH, "early", "in early April"), or null when it cannot be resolved
 * }
 * }</pre>
 *
 * <p>Conventions (news is mostly written in the past tense about the recent past):
 * <ul>
 * <li>a day or month without a year is the most recent one not after publication: "March 12" in an article
 *     of 2025-06-25 is 2025-03-12, "in October" is 2024-10;</li>
 * <li>"last October", "last spring" are in the year before publication (AP style names the month alone for
 *     the current year); "this spring", "this year" are the publication year; "next" looks forward;</li>
 * <li>a weekday ("on Monday", "said Monday") is the most recent such day on or before publication, so in an
 *     article of Wednesday 2025-06-25 "on Monday" is 2025-06-23 and "on Wednesday" the day itself;
 *     "last Monday" is strictly before;</li>
 * <li>a season gives the year with the season as qualifier; "early", "late", "mid" give the qualifier;
 *     "this week"/"last week" have no week precision in {@link DateValue}, so they give the month;</li>
 * <li>"between January and June" gives two dates, one per month, so a rule can read the range;</li>
 * <li>the span includes a leading "on" or "in" but not "since", "by", "until", which rules read before it;</li>
 * <li>without a publication date, dates with a year are still resolved; the others are returned with value null.</li>
 * </ul>
 * Month, weekday, season and relative words are data: {@code months.tsv}, {@code weekdays.tsv},
 * {@code seasons.tsv}, {@code date-words.tsv}.
 */
public final class DateFinder {

    private record Season(String qualifier, int startMonth) {}

    private record Candidate(int start, int end, Resolver resolver) {}

    @FunctionalInterface
    private interface Resolver {
        /** The date, or null when it needs a publication date that is missing. */
        DateValue resolve(Optional<LocalDate> published, String text);
    }

    private static volatile DateFinder shared;

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Season> seasons = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private final Pattern dayMonth;
    private final Pattern sameMonth;
    private final Pattern monthDay;
    private final Pattern monthYear;
    private final Pattern monthAlone;
    private final Pattern weekday;
    private final Pattern season;
    private final Pattern relativeUnit;
    private final Pattern deictic;
    private final Pattern year;
    private final Pattern numeric;
    private final Pattern iso;
    private final Pattern dotted;
    private final Pattern dayOfRelativeMonth;

    private DateFinder() {
        List<String> monthNames = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.read("months.tsv")) {
            int n = Integer.parseInt(row.required(0, "month number"));
            List<String> names = row.list(1);
            for (int k = 0; k < names.size(); k++) {
                months.put(names.get(k).toLowerCase(Locale.ROOT), n);
                // the first name is the full one; abbreviations may take a dot ("Jan.", "Sept.")
                monthNames.add(k == 0 ? capitalisedWord(names.get(k)) : capitalisedWord(names.get(k)) + "\\.?");
            }
        }
        for (ResourceTable.Row row : ResourceTable.read("weekdays.tsv")) {
            DayOfWeek d = DayOfWeek.of(Integer.parseInt(row.required(0, "ISO day number")));
            row.list(1).forEach(name -> weekdays.put(name.toLowerCase(Locale.ROOT), d));
        }
        for (ResourceTable.Row row : ResourceTable.read("seasons.tsv")) {
            Season s = new Season(row.required(0, "qualifier"), Integer.parseInt(row.required(1, "start month")));
            row.list(2).forEach(name -> seasons.put(name.toLowerCase(Locale.ROOT), s));
        }
        for (ResourceTable.Row row : ResourceTable.read("date-words.tsv")) {
            words.put(row.required(0, "phrase").toLowerCase(Locale.ROOT), row.required(1, "meaning"));
        }
        String m = "(" + monthNames.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|")) + ")";
        String wd = alternation(weekdays.keySet(), true);
        String se = alternation(seasons.keySet(), false);
        String part = wordsMeaning("early", "late", "mid");
        String rel = wordsMeaning("this", "last", "next");
        String vague = wordsMeaning("earlier", "later");
        String cue = wordsMeaning("cue");
        String prep = "(?:(?i:on|in)\\s+)?";
        String y = "((?:19|20)\\d{2})";
        monthDay = Pattern.compile("(?<![\\p{L}\\d])" + prep + m + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+" + y + ")?(?![\\d\\p{L}])");
        dayMonth = Pattern.compile("(?<![\\p{L}\\d])" + prep + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + m + "(?:,?\\s+" + y
                + ")?(?![\\d\\p{L}])");
        monthYear = Pattern.compile("(?<![\\p{L}\\d])" + prep + "(?:(?i:the\\s+)?(" + part + ")[-\\s]+(?i:of\\s+)?)?" + m
                + ",?\\s+(?i:of\\s+)?" + y + "(?![\\d\\p{L}])");
        monthAlone = Pattern.compile("(?<![\\p{L}\\d])(?:(" + cue + ")\\s+)?(?:(?i:the\\s+)?(" + rel + ")\\s+)?(?:(?i:the\\s+)?(" + part
                + ")[-\\s]+(?i:of\\s+)?)?" + m + "(?![\\p{L}\\d])(?!\\.?\\s+\\d)");
        weekday = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:on)\\s+)?(?:(" + rel + ")\\s+)?" + wd + "(?!\\p{L})");
        season = Pattern.compile("(?<![\\p{L}\\d])(?:((?i:in|during))\\s+)?(?:(?i:the)\\s+)?(?:(" + vague + ")\\s+)?(?:(" + part
                + ")[-\\s]+)?(?:(" + rel + ")\\s+)?(?:(" + part + ")[-\\s]+)?(?i:" + se + ")(?:\\s+(?i:of\\s+)?" + y + ")?(?!\\p{L})");
        relativeUnit = Pattern.compile("(?<![\\p{L}\\d])(?:(" + vague + "|" + part + ")\\s+)?(" + rel
                + ")\\s+(?i:(year|month|week))(?!\\p{L})");
        sameMonth = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:in|during)\\s+)?" + wordsMeaning("same") + "\\s+(?i:month)(?!\\p{L})");
        deictic = Pattern.compile("(?<![\\p{L}\\d])(" + wordsMeaning("today", "yesterday") + ")(?!\\p{L})");
        year = Pattern.compile("(?<![\\p{L}\\d$€£,./])" + prep + "(?:(" + part + ")\\s+)?" + y
                + "(?![\\d\\p{L}%]|[.,]\\d|-\\d{2}-\\d|\\s+(?i:million|billion|thousand|people|percent))");
        numeric = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
        iso = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])");
        // "14.11.2025": day first, as European and Latin American reports write it (American style never uses dots)
        dotted = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d\\p{L}]|\\.\\d)");
        // "on the 14th of this month", "the 3rd of last month": translated reports date days by the month
        dayOfRelativeMonth = Pattern.compile("(?<![\\p{L}\\d])" + prep
                + "(?i:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+(?i:of)\\s+(?i:the\\s+)?("
                + rel + ")\\s+(?i:month)(?!\\p{L})");
    }

    /** The finder of the data files on the classpath; loaded once, safe to share. */
    public static DateFinder load() {
        DateFinder d = shared;
        if (d == null) {
            synchronized (DateFinder.class) {
                if (shared == null) {
                    shared = new DateFinder();
                }
                d = shared;
            }
        }
        return d;
    }

    /** Dates in the sentence, sorted by start, not overlapping; body offsets. */
    public List<Spanned<DateValue>> find(Sentence s, Optional<LocalDate> published) {
        String text = s.normalised();
        List<Candidate> cands = new ArrayList<>();
        collectDays(text, cands);
        collectMonths(text, cands);
        collectRelative(text, cands);
        cands.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<Spanned<DateValue>> out = new ArrayList<>();
        int covered = -1;
        for (Candidate c : cands) {
            if (c.start() < covered) {
                continue;
            }
            String said = s.text().substring(c.start(), c.end());
            out.add(new Spanned<>(s.start() + c.start(), s.start() + c.end(), said, c.resolver().resolve(published, said)));
            covered = c.end();
        }
        return List.copyOf(withSameMonth(s, text, out));
    }

    /**
     * "a cable that month said", after "in a meeting on Jan. 28": the month of the date said before it in the same
     * sentence. Without such a date the words are left alone (the month they point at is in another sentence).
     */
    private List<Spanned<DateValue>> withSameMonth(Sentence s, String text, List<Spanned<DateValue>> found) {
        Matcher m = sameMonth.matcher(text);
        List<Spanned<DateValue>> out = new ArrayList<>(found);
        while (m.find()) {
            int at = s.start() + m.start();
            Spanned<DateValue> before = null;
            for (Spanned<DateValue> d : out) {
                if (d.end() <= at && d.value() != null && d.value().precision() != DateValue.Precision.YEAR) {
                    before = d;
                }
            }
            boolean overlaps = out.stream().anyMatch(d -> d.start() < s.start() + m.end() && at < d.end());
            if (before != null && !overlaps) {
                String said = s.text().substring(m.start(), m.end());
                out.add(new Spanned<>(at, s.start() + m.end(), said,
                        new DateValue(before.value().lexical().substring(0, 7), DateValue.Precision.MONTH, null, said)));
            }
        }
        out.sort(Comparator.comparingInt(Spanned::start));
        return out;
    }

    private void collectDays(String text, List<Candidate> out) {
        Matcher md = monthDay.matcher(text);
        while (md.find()) {
            int month = month(md.group(1));
            int day = Integer.parseInt(md.group(2));
            String yr = md.group(3);
            out.add(new Candidate(md.start(), md.end(), (p, t) -> dayOfMonth(p, yr, month, day, t)));
        }
        Matcher dm = dayMonth.matcher(text);
        while (dm.find()) {
            int day = Integer.parseInt(dm.group(1));
            int month = month(dm.group(2));
            String yr = dm.group(3);
            out.add(new Candidate(dm.start(), dm.end(), (p, t) -> dayOfMonth(p, yr, month, day, t)));
        }
        allDigits(numeric, text, 2, 1, 3, out); // 3/11/2025: month first, as American reports write it
        allDigits(iso, text, 3, 2, 1, out);
        allDigits(dotted, text, 1, 2, 3, out);
        Matcher drm = dayOfRelativeMonth.matcher(text);
        while (drm.find()) {
            int day = Integer.parseInt(drm.group(1));
            String rel = meaning(drm.group(2));
            int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            out.add(new Candidate(drm.start(), drm.end(), (p, t) -> p.map(pub -> YearMonth.from(pub).plusMonths(step))
                    .filter(ym -> day >= 1 && day <= ym.lengthOfMonth())
                    .map(ym -> new DateValue(ym.atDay(day).toString(), DateValue.Precision.DAY, null, t)).orElse(null)));
        }
        Matcher w = weekday.matcher(text);
        while (w.find()) {
            String rel = meaning(w.group(1));
            DayOfWeek d = weekdays.get(w.group(2).toLowerCase(Locale.ROOT));
            out.add(new Candidate(w.start(), w.end(), (p, t) -> p.map(pub -> new DateValue(weekday(pub, d, rel).toString(),
                    DateValue.Precision.DAY, null, t)).orElse(null)));
        }
        Matcher dx = deictic.matcher(text);
        while (dx.find()) {
            int back = meaning(dx.group(1)).equals("yesterday") ? 1 : 0;
            out.add(new Candidate(dx.start(), dx.end(), (p, t) -> p.map(pub -> new DateValue(pub.minusDays(back).toString(),
                    DateValue.Precision.DAY, null, t)).orElse(null)));
        }
    }

    /** Dates written in digits only, whose groups give the day, month and year in the order the form writes them. */
    private void allDigits(Pattern form, String text, int dayGroup, int monthGroup, int yearGroup, List<Candidate> out) {
        Matcher m = form.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(dayGroup));
            int month = Integer.parseInt(m.group(monthGroup));
            String yr = m.group(yearGroup);
            out.add(new Candidate(m.start(), m.end(), (p, t) -> dayOfMonth(p, yr, month, day, t)));
        }
    }

    private void collectMonths(String text, List<Candidate> out) {
        Matcher my = monthYear.matcher(text);
        while (my.find()) {
            String q = meaning(my.group(1));
            int month = month(my.group(2));
            int yr = Integer.parseInt(my.group(3));
            out.add(new Candidate(my.start(), my.end(), (p, t) -> monthValue(YearMonth.of(yr, month), q, t)));
        }
        Matcher ma = monthAlone.matcher(text);
        int lastEnd = -100;
        while (ma.find()) {
            String cue = ma.group(1);
            String rel = meaning(ma.group(2));
            String q = meaning(ma.group(3));
            int month = month(ma.group(4));
            boolean joined = cue != null && words.get(cue.toLowerCase(Locale.ROOT)).equals("cue")
                    && ma.start() - lastEnd < 25 && List.of("and", "to", "through").contains(cue.toLowerCase(Locale.ROOT));
            if (cue == null && rel == null && q == null) {
                continue; // a bare "May" or "March" may be a verb or a name; a month needs a cue word
            }
            if (cue != null && rel == null && q == null && List.of("and", "to", "through").contains(cue.toLowerCase(Locale.ROOT))
                    && !joined) {
                continue; // "and June" is a month only right after another month
            }
            int start = cue != null && !List.of("in", "on").contains(cue.toLowerCase(Locale.ROOT)) ? ma.start(2) >= 0 ? ma.start(2)
                    : ma.start(3) >= 0 ? ma.start(3) : ma.start(4) : ma.start();
            out.add(new Candidate(start, ma.end(), (p, t) -> p.map(pub -> monthValue(recentMonth(pub, month, rel), q, t)).orElse(null)));
            lastEnd = ma.end();
        }
        Matcher se = season.matcher(text);
        while (se.find()) {
            boolean cued = se.group(1) != null || se.group(2) != null || se.group(3) != null || se.group(4) != null
                    || se.group(5) != null || se.group(7) != null;
            if (!cued) {
                continue; // a bare "spring" or "the fall of Kabul" is a word, not a date
            }
            String rel = meaning(se.group(4));
            Season s = seasons.get(se.group(6).toLowerCase(Locale.ROOT));
            String yr = se.group(7);
            out.add(new Candidate(se.start(), se.end(), (p, t) -> {
                if (yr != null) {
                    return new DateValue(yr, DateValue.Precision.YEAR, s.qualifier(), t);
                }
                return p.map(pub -> new DateValue(String.valueOf(seasonYear(pub, s, rel)), DateValue.Precision.YEAR,
                        s.qualifier(), t)).orElse(null);
            }));
        }
    }

    private void collectRelative(String text, List<Candidate> out) {
        Matcher r = relativeUnit.matcher(text);
        while (r.find()) {
            String mod = r.group(1) == null ? null : meaning(r.group(1));
            String q = mod != null && List.of("early", "late", "mid").contains(mod) ? mod : null;
            String rel = meaning(r.group(2));
            String unit = r.group(3).toLowerCase(Locale.ROOT);
            int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            out.add(new Candidate(r.start(), r.end(), (p, t) -> p.map(pub -> switch (unit) {
                case "year" -> new DateValue(String.valueOf(pub.getYear() + step), DateValue.Precision.YEAR, q, t);
                case "month" -> monthValue(YearMonth.from(pub).plusMonths(step), q, t);
                default -> monthValue(YearMonth.from(pub.plusWeeks(step)), q, t);
            }).orElse(null)));
        }
        Matcher y = year.matcher(text);
        while (y.find()) {
            String q = meaning(y.group(1));
            String yr = y.group(2);
            out.add(new Candidate(y.start(), y.end(), (p, t) -> new DateValue(yr, DateValue.Precision.YEAR, q, t)));
        }
    }

    private DateValue dayOfMonth(Optional<LocalDate> published, String yr, int month, int day, String text) {
        try {
            if (yr != null) {
                return new DateValue(LocalDate.of(Integer.parseInt(yr), month, day).toString(), DateValue.Precision.DAY, null, text);
            }
            if (published.isEmpty()) {
                return null;
            }
            LocalDate pub = published.get();
            YearMonth ym = YearMonth.of(pub.getYear(), month);
            if (day > ym.lengthOfMonth() || ym.atDay(day).isAfter(pub)) {
                ym = ym.minusYears(1);
            }
            return new DateValue(ym.atDay(day).toString(), DateValue.Precision.DAY, null, text);
        } catch (DateTimeException e) {
            return null; // "June 31": not a date, so nothing to resolve
        }
    }

    private static YearMonth recentMonth(LocalDate pub, int month, String rel) {
        if ("last".equals(rel)) {
            return YearMonth.of(pub.getYear() - 1, month);
        }
        if ("this".equals(rel)) {
            return YearMonth.of(pub.getYear(), month);
        }
        if ("next".equals(rel)) {
            return YearMonth.of(month > pub.getMonthValue() ? pub.getYear() : pub.getYear() + 1, month);
        }
        return YearMonth.of(month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1, month);
    }

    private static int seasonYear(LocalDate pub, Season s, String rel) {
        if ("last".equals(rel)) {
            return pub.getYear() - 1;
        }
        if ("next".equals(rel)) {
            return s.startMonth() > pub.getMonthValue() ? pub.getYear() : pub.getYear() + 1;
        }
        return pub.getYear();
    }

    private static LocalDate weekday(LocalDate pub, DayOfWeek d, String rel) {
        if ("last".equals(rel)) {
            return pub.with(TemporalAdjusters.previous(d));
        }
        if ("next".equals(rel)) {
            return pub.with(TemporalAdjusters.next(d));
        }
        return pub.with(TemporalAdjusters.previousOrSame(d));
    }

    private static DateValue monthValue(YearMonth ym, String qualifier, String text) {
        return new DateValue(ym.toString(), DateValue.Precision.MONTH, qualifier, text);
    }

    private static String capitalisedWord(String n) {
        return Pattern.quote(n.substring(0, 1).toUpperCase(Locale.ROOT)) + "(?i:" + Pattern.quote(n.substring(1)) + ")";
    }

    private int month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The normalised meaning of a date word ("Early" to "early", "past" to "last"), or null. */
    private String meaning(String word) {
        return word == null ? null : words.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private String wordsMeaning(String... meanings) {
        List<String> ms = List.of(meanings);
        return "(?i:" + words.entrySet().stream().filter(e -> ms.contains(e.getValue())).map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|")) + ")";
    }

    /** Names as a group; proper names (months, weekdays) must start with a capital, as in running text. */
    private static String alternation(java.util.Set<String> names, boolean capitalised) {
        String alt = names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> capitalised
                        ? Pattern.quote(n.substring(0, 1).toUpperCase(Locale.ROOT)) + "(?i:" + Pattern.quote(n.substring(1)) + ")"
                        : Pattern.quote(n))
                .collect(Collectors.joining("|"));
        return "(" + alt + ")";
    }
}
