package org.w3id.deportationdeals.cli;

import org.w3id.deportationdeals.store.CurationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unpublish ID}: undo a publish. */
@Command(name = "unpublish", description = "Undo the last publish of a submission, in one transaction: removes exactly the quads"
        + " it added and restores those it replaced; recorded in the provenance graph. The submission is staged again.")
final class UnpublishCommand extends CurationCommand {
    @Parameters(paramLabel = "ID", description = "The submission (see: review).")
    String id;

    @Override
    public Integer call() {
        CurationRecord done = withCuration(curation -> curation.unpublish(id, curator));
        out().println(done.line());
        return ExitCodes.OK;
    }
}
