package org.w3id.deportationdeals.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.deportationdeals.corpus.ArticleException;

/**
 * What an evaluation measured.
 *
 * @param kinds            the score of each kind of fact that has gold or extracted facts, in a fixed order
 * @param overall          the micro-average over all kinds ({@link KindScore#ALL})
 * @param missed           gold facts no extracted fact agrees with (false negatives), with their sentences
 * @param spurious         extracted facts that agree with no gold fact (false positives), with their sentences
 * @param articlesScored   ids of the articles that have a gold file
 * @param articlesUnscored ids of articles read without a gold file (their facts are not counted)
 * @param articleErrors    articles that could not be read
 */
public record EvaluationReport(List<KindScore> kinds, KindScore overall, List<ComparedFact> missed,
                               List<ComparedFact> spurious, List<String> articlesScored,
                               List<String> articlesUnscored, List<ArticleException> articleErrors) {

    public Optional<KindScore> kind(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
    }

    /** A fixed-width table: kind, gold, found, tp, fp, fn, precision, recall, F1; the micro-average last. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %5s %5s %5s %5s %9s %7s %6s%n",
                "kind", "gold", "found", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (KindScore score : kinds) {
            out.append(row(score));
        }
        out.append(row(overall));
        return out.toString();
    }

    private static String row(KindScore s) {
        return String.format(Locale.ROOT, "%-16s %5d %5d %5d %5d %5d %9.3f %7.3f %6.3f%n", s.kind(), s.gold(),
                s.truePositives() + s.falsePositives(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.precision(), s.recall(), s.f1());
    }
}
