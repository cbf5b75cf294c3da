package org.w3id.deportationdeals.cli;

import org.w3id.deportationdeals.store.CurationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code publish ID}: move a staged submission into the published graph. */
@Command(name = "publish", description = "Publish a staged submission: in one transaction, each graph it stages replaces the"
        + " published graph of the same name, and a PROV-O activity is recorded in the provenance graph.")
final class PublishCommand extends CurationCommand {
    @Parameters(paramLabel = "ID", description = "The submission (see: review).")
    String id;

    @Option(names = "--verbose", description = "Say each step of the publish.")
    boolean verbose;

    @Override
    public Integer call() {
        CurationRecord done = withCuration(curation -> curation.publish(id, curator, step -> {
            if (verbose) {
                err().println(step);
            }
        }));
        out().println(done.line());
        return ExitCodes.OK;
    }
}
