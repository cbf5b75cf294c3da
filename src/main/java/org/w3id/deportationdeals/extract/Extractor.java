package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Turns an article into {@link Match}es: every sentence is tagged (countries, agencies, courts, organisations,
 * people, money, numbers, dates become placeholders), then the rules of the {@code rules/} resource folder run over
 * it in load order, and the country-list reader reads graphics' lists at the end.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.load();                 // rules compiled once; share it
 * Extraction result = extractor.extract(Corpus.read(path));
 * for (Match m : result.matches()) {
 *     // m.ruleId() "payment.paid-payee-amount", m.kind() "Payment", m.roles().get("payee") [Mention RW]
 * }
 * }</pre>
 */
public final class Extractor {
    private static volatile Extractor shared;

    private final Gazetteer gazetteer;
    private final NumberFinder numbers;
    private final MoneyFinder money;
    private final DateFinder dates;
    private final RuleEngine engine;

    private Extractor(Gazetteer gazetteer, RuleBook book) {
        this.gazetteer = gazetteer;
        this.numbers = NumberFinder.load();
        this.money = MoneyFinder.load();
        this.dates = DateFinder.load();
        this.engine = new RuleEngine(book, gazetteer);
    }

    /** The extractor of the rule files on the classpath; loaded once, safe to share between threads. */
    public static Extractor load() {
        Extractor e = shared;
        if (e == null) {
            synchronized (Extractor.class) {
                if (shared == null) {
                    shared = new Extractor(Gazetteer.load(), RuleBook.load());
                }
                e = shared;
            }
        }
        return e;
    }

    /** The facts, mentions and people of one article. */
    public Extraction extract(Article article) {
        return extract(article, null, new ArrayList<>());
    }

    /**
     * The facts one rule states on its own in the last sentence of the article, read in full up to it: how a rule's
     * example is tested, since in the full extraction a richer fact of another rule may win the sentence.
     */
    List<Match> probe(Article article, Rule rule) {
        List<Match> probed = new ArrayList<>();
        Rule own = engine.book().rules().stream().filter(r -> r.id().equals(rule.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + rule.id() + " in this extractor's rules"));
        extract(article, own, probed);
        return probed;
    }

    private Extraction extract(Article article, Rule probe, List<Match> probed) {
        int lastIndex = article.sentences().isEmpty() ? -1 : article.sentences().get(article.sentences().size() - 1).index();
        PersonFinder people = PersonFinder.forArticle(gazetteer);
        String filedFrom = datelineCountry(article);
        Discourse discourse = new Discourse();
        List<Mention> mentions = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        List<TaggedSentence> tagged = new ArrayList<>();
        int previousEnd = 0;
        for (Sentence s : article.sentences()) {
            discourse.startSentence(s.index(), previousEnd > 0 && s.start() >= previousEnd
                    && article.body().substring(previousEnd, s.start()).contains("\n"));
            previousEnd = s.end();
            List<Mention> found = new ArrayList<>(gazetteer.find(s, filedFrom));
            found.addAll(people.find(s));
            people.people().forEach(p -> discourse.affiliate(p.key(), p.affiliationIso2()));
            found.sort(java.util.Comparator.comparingInt(Mention::start));
            mentions.addAll(found);
            TaggedSentence ts = TaggedSentence.of(s, tokens(article, s, found));
            tagged.add(ts);
            if (probe != null && s.index() == lastIndex) {
                probed.addAll(engine.apply(probe, ts, discourse));
            }
            matches.addAll(engine.apply(ts, discourse));
        }
        matches.addAll(CountryList.read(tagged, engine.book()));
        return new Extraction(article, List.copyOf(matches), List.copyOf(mentions), people.people());
    }

    /** A dateline: the city in capitals, maybe its country, maybe the agency, then a dash ("KAMPALA, Uganda (AP) —"). */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}{2}[\\p{Lu} .'\u2019-]*(?:,[^\\n()\u2014\u2013-]{1,40})?)\\s*"
            + "(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|-|\u2013|\u2014)\\s");

    /** The country of the place the article was filed from, by its dateline, or null. */
    String datelineCountry(Article article) {
        Matcher m = DATELINE.matcher(article.body());
        if (!m.find()) {
            return null;
        }
        String line = m.group(1);
        Sentence place = new Sentence(article.id(), -1, 0, line.length(), line, line);
        return gazetteer.find(place).stream()
                .filter(x -> (x.type() == EntityType.COUNTRY || x.type() == EntityType.PLACE) && !x.demonym())
                .map(Mention::key).findFirst().orElse(null);
    }

    /** The tagged view of one sentence (without the people the article introduced before it), for tests. */
    TaggedSentence tag(Article article, Sentence s) {
        List<Mention> found = new ArrayList<>(gazetteer.find(s));
        found.addAll(PersonFinder.forArticle(gazetteer).find(s));
        return TaggedSentence.of(s, tokens(article, s, found));
    }

    private List<Token> tokens(Article article, Sentence s, List<Mention> mentions) {
        List<Token> tokens = new ArrayList<>();
        mentions.forEach(m -> tokens.add(Token.of(m)));
        tokens.addAll(engine.aliasTokens(s));
        money.find(s).forEach(m -> tokens.add(Token.money(m)));
        dates.find(s, article.published()).forEach(d -> tokens.add(Token.date(d)));
        numbers.find(s).forEach(n -> tokens.add(Token.number(n)));
        return tokens;
    }
}
