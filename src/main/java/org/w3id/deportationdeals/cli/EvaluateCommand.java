package org.w3id.deportationdeals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.evaluate.ComparedFact;
import org.w3id.deportationdeals.evaluate.Evaluation;
import org.w3id.deportationdeals.evaluate.EvaluationReport;
import org.w3id.deportationdeals.evaluate.GoldFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate --articles DIR --gold DIR}: precision, recall and F1 of the extraction against gold files. */
@Command(name = "evaluate", description = "Extract the facts of a folder of articles and compare them with"
        + " hand-written gold annotations (<articleId>.gold files): precision, recall and F1 per kind of fact and"
        + " micro-averaged. Articles without a gold file are not scored.")
final class EvaluateCommand extends KgCommand {
    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "articles",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of <articleId>.gold files.")
    Path gold;

    @Option(names = "--details", description = "Also list the missed and the spurious facts with their sentences.")
    boolean details;

    @Override
    public Integer call() {
        if (!Files.isDirectory(articles)) {
            throw new InputProblem(articles + ": no such folder of articles");
        }
        if (!Files.isDirectory(gold)) {
            throw new InputProblem(gold + ": no such folder of gold files");
        }
        Evaluation evaluation = Evaluation.create();
        EvaluationReport report;
        try {
            report = evaluation.evaluate(articles, gold);
        } catch (GoldFormatException e) {
            throw new InputProblem(e.getMessage(), e);
        }
        for (ArticleException error : report.articleErrors()) {
            err().println("skipped " + error.getMessage());
        }
        out().print(report.table());
        if (details) {
            list("missed (in the gold, not extracted)", report.missed(), evaluation);
            list("spurious (extracted, not in the gold)", report.spurious(), evaluation);
        }
        err().println(report.articlesScored().size() + " articles scored"
                + (report.articlesUnscored().isEmpty() ? "" : "; without gold, not scored: " + report.articlesUnscored()));
        out().flush();
        return ExitCodes.OK;
    }

    private void list(String title, List<ComparedFact> facts, Evaluation evaluation) {
        out().println();
        out().println(title + ": " + facts.size());
        for (ComparedFact fact : facts) {
            out().println("  " + fact.articleId() + "  " + fact.describe(evaluation.comparedRoles(fact.kind()))
                    + "  [" + fact.origin() + "]");
            if (!fact.sentence().isBlank()) {
                out().println("      " + fact.sentence().replaceAll("\\s+", " "));
            }
        }
    }
}
