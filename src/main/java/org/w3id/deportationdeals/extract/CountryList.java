package org.w3id.deportationdeals.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lists of countries such as a graphic's "Full list": headers with counts ("7 countries have agreed to
 * accept deportees ...", phrasings in {@code lists.rules}) followed by items of one country each, made of
 * consecutive alphabetical runs. The runs are matched to headers by their sizes, and every item becomes the fact
 * its header states, with the item as evidence.
 */
final class CountryList {
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-•*–·]\\s*)?<COUNTRY:(\\d+)>\\s*\\.?\\s*$");

    record Header(Rule rule, int count, int sentence) {}

    private record Item(TaggedSentence sentence, Token token) {}

    private CountryList() {}

    static List<Match> read(List<TaggedSentence> sentences, RuleBook book) {
        List<Match> out = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i <= sentences.size(); i++) {
            TaggedSentence ts = i < sentences.size() ? sentences.get(i) : null;
            Matcher item = ts == null ? null : ITEM.matcher(ts.view());
            if (item != null && item.matches()) {
                items.add(new Item(ts, ts.tokens().get(Integer.parseInt(item.group(1)))));
                continue;
            }
            if (items.size() >= 2 && !headers.isEmpty()) {
                out.addAll(facts(headers, items, book));
                headers.clear();
            }
            items.clear();
            if (ts != null) {
                headers.addAll(headers(ts, book));
            }
        }
        return out;
    }

    static List<Header> headers(TaggedSentence ts, RuleBook book) {
        List<Header> out = new ArrayList<>();
        for (Rule rule : book.listHeaders()) {
            if (rule.disabled() != null) {
                continue;
            }
            for (Pattern p : rule.patterns()) {
                Matcher m = p.matcher(ts.view());
                if (m.find()) {
                    for (Token t : ts.tokensIn(m.start("count"), m.end("count"))) {
                        if (t.value() instanceof Quantity q && q.qualifier() == null) {
                            out.add(new Header(rule, q.value().intValueExact(), ts.sentence().index()));
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Facts of one list: its runs in order, each given the header whose count is its size. */
    private static List<Match> facts(List<Header> headers, List<Item> items, RuleBook book) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < items.size(); i++) {
            if (sortKey(items.get(i - 1)).compareTo(sortKey(items.get(i))) > 0) {
                breaks.add(i);
            }
        }
        List<Header> plan = plan(headers, new ArrayList<>(), 0, items.size(), breaks);
        if (plan == null) {
            return List.of(); // no way to read the list as the headers count it: better no facts than wrong ones
        }
        List<Match> out = new ArrayList<>();
        int at = 0;
        for (Header h : plan) {
            for (Item item : items.subList(at, at + h.count())) {
                out.add(fact(h.rule(), item, book));
            }
            at += h.count();
        }
        return out;
    }

    /**
     * Headers whose counts cut the list into runs, in list order, such that no run has an alphabetical break inside
     * (so every break is a cut); the first such plan in header order, or null.
     */
    private static List<Header> plan(List<Header> headers, List<Header> chosen, int from, int total, List<Integer> breaks) {
        if (from == total) {
            return chosen;
        }
        for (Header h : headers) {
            if (chosen.contains(h) || from + h.count() > total) {
                continue;
            }
            int to = from + h.count();
            if (breaks.stream().anyMatch(b -> b > from && b < to)) {
                continue;
            }
            chosen.add(h);
            List<Header> done = plan(headers, chosen, to, total, breaks);
            if (done != null) {
                return done;
            }
            chosen.remove(chosen.size() - 1);
        }
        return null;
    }

    private static String sortKey(Item item) {
        String surface = ((Mention) item.token().value()).surface();
        return Normalizer.normalize(surface, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Match fact(Rule rule, Item item, RuleBook book) {
        Mention country = (Mention) item.token().value();
        Map<String, List<Object>> roles = new HashMap<>();
        roles.put(rule.each(), List.of(country));
        rule.fixed().forEach((role, value) -> roles.put(role, List.of(value.equals("@home")
                ? new Mention(EntityType.COUNTRY, book.homeCountry(), country.start(), country.start(), "", false)
                : value)));
        return new Match(rule.id(), rule.kind(), item.sentence().sentence(), country.start(), country.end(), Map.copyOf(roles));
    }
}
