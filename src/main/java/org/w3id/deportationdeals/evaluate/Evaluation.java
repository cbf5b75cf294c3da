package org.w3id.deportationdeals.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.corpus.CorpusReading;
import org.w3id.deportationdeals.extract.Extractor;
import org.w3id.deportationdeals.extract.Match;
import org.w3id.deportationdeals.graph.FactKeys;

/**
 * Measures the extraction against hand-written gold: reads a folder of articles, extracts their facts with the
 * bundled rules, and compares them with the {@code <articleId>.gold} files of a gold folder (format in
 * {@code src/test/resources/evaluation/seed-gold/README.md}).
 *
 * <pre>{@code
 * EvaluationReport report = Evaluation.create().evaluate(Path.of("articles"), Path.of("gold"));
 * System.out.print(report.table());                       // P/R/F1 per kind and micro-averaged
 * report.missed().forEach(f -> System.out.println(f.describe(List.of("respondent", "responseKind"))));
 * }</pre>
 */
public final class Evaluation {
    private final Extractor extractor;
    private final ComparedRoles compared;
    private final Scorer scorer;
    private final FactKeys keys = FactKeys.bundled();

    private Evaluation(Extractor extractor) {
        this.extractor = extractor;
        this.compared = ComparedRoles.bundled();
        this.scorer = new Scorer(compared);
    }

    /** An evaluation of the bundled rules and gazetteers. */
    public static Evaluation create() {
        return new Evaluation(Extractor.load());
    }

    /**
     * Extracts the facts of every article of {@code articlesFolder} and scores those with a gold file.
     *
     * @throws GoldFormatException naming the file and line of a gold line that cannot be read, or a gold file
     *                             whose article is not in the articles folder
     */
    public EvaluationReport evaluate(Path articlesFolder, Path goldFolder) {
        Map<String, List<ComparedFact>> gold = GoldFile.readFolder(goldFolder, compared);
        CorpusReading reading = Corpus.readFolder(articlesFolder);
        Map<String, List<Match>> matches = new TreeMap<>();
        for (Article article : reading.articles()) {
            matches.put(article.id(), extractor.extract(article).matches());
        }
        for (String articleId : gold.keySet()) {
            boolean unreadable = reading.errors().stream().anyMatch(e -> e.file().getFileName().toString()
                    .replaceFirst("\\.[^.]+$", "").equals(articleId));
            if (!matches.containsKey(articleId) && !unreadable) {
                throw new GoldFormatException(goldFolder.resolve(articleId + GoldFile.EXTENSION), 0,
                        "no article " + articleId + " in " + articlesFolder);
            }
        }
        return score(matches, gold, reading.errors());
    }

    /** Scores facts found by any means (hand-built matches in tests) against a gold folder. */
    public EvaluationReport score(Map<String, ? extends Collection<Match>> matchesByArticle, Path goldFolder) {
        return score(matchesByArticle, GoldFile.readFolder(goldFolder, compared), List.of());
    }

    EvaluationReport score(Map<String, ? extends Collection<Match>> matchesByArticle,
                           Map<String, List<ComparedFact>> gold, List<ArticleException> errors) {
        Map<String, List<ComparedFact>> extracted = new TreeMap<>();
        matchesByArticle.forEach((articleId, matches) -> {
            List<ComparedFact> facts = new ArrayList<>();
            for (List<Match> fact : asFacts(articleId, matches)) {
                facts.addAll(scorer.fromStatements(articleId, fact));
            }
            extracted.put(articleId, facts);
        });
        return scorer.score(gold, extracted, errors);
    }

    /**
     * The article's statements grouped as the graph holds them: statements with one fact IRI are one node, whose
     * values are those of all of them, so what is scored is what the graph says. (Undated statements that the
     * {@link org.w3id.deportationdeals.graph.Reconciler} may join to a dated fact of the corpus are scored as stated.)
     */
    private List<List<Match>> asFacts(String articleId, Collection<Match> matches) {
        Map<String, List<Match>> byIri = new LinkedHashMap<>();
        for (Match m : matches) {
            byIri.computeIfAbsent(keys.iri(articleId, m), k -> new ArrayList<>()).add(m);
        }
        return List.copyOf(byIri.values());
    }

    /** The compared roles of a kind, in the order tables and listings show them. */
    public List<String> comparedRoles(String kind) {
        return compared.roles(kind);
    }
}
