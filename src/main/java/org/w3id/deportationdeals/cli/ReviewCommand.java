package org.w3id.deportationdeals.cli;

import java.util.List;
import org.w3id.deportationdeals.store.Quarantined;
import org.w3id.deportationdeals.store.Review;
import org.w3id.deportationdeals.store.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code review [ID]}: the submissions, or what one would change. */
@Command(name = "review", description = "List the submissions of the staging area, or show what one would change if published:"
        + " new facts, facts that gain one more source, and conflicts with published facts. --quarantine lists the"
        + " quarantined submissions with their reports; --history the curation record.")
final class ReviewCommand extends CurationCommand {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "The submission to review in detail.")
    String id;

    @Option(names = "--quarantine", description = "List the quarantined submissions and why.")
    boolean quarantine;

    @Option(names = "--history", description = "List the publish, unpublish and reject activities recorded.")
    boolean history;

    @Override
    public Integer call() {
        return withCuration(curation -> {
            if (quarantine) {
                List<Quarantined> all = curation.quarantined();
                for (Quarantined q : all) {
                    out().println(q.id() + "  " + q.kind() + "  " + q.folder());
                    q.report().forEach(line -> out().println("  " + line));
                }
                err().println(all.size() + " quarantined submission(s)");
            } else if (history) {
                curation.history().forEach(r -> out().println(r.ended() + "  " + r.line()));
            } else if (id == null) {
                List<Submission> all = curation.submissions();
                all.forEach(s -> out().println(s.line()));
                err().println(all.stream().filter(s -> s.status() == Submission.Status.STAGED).count() + " staged, "
                        + all.size() + " in all; review ID shows what one would change");
            } else {
                print(curation.review(id));
            }
            return ExitCodes.OK;
        });
    }

    private void print(Review review) {
        out().println(review.submission().line());
        out().println("new facts: " + review.newFacts().size());
        review.newFacts().forEach(f -> out().println("  + " + f));
        out().println("facts that gain a source: " + review.corroborated().size());
        review.corroborated().forEach(c -> out().println("  ^ " + c.fact() + "  now also from " + String.join(", ", c.newArticles())
                + "  (published from " + String.join(", ", c.publishedArticles()) + ")"));
        out().println("conflicts with published facts: " + review.conflicts().size());
        review.conflicts().forEach(c -> out().println("  ! " + c.fact() + "  " + c.property() + " staged " + c.stagedValue()
                + " but published " + c.publishedValue() + " in " + c.publishedGraph()));
        out().println("already published with the same sources: " + review.unchanged().size());
    }
}
