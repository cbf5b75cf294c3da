package org.w3id.deportationdeals.cli;

import org.w3id.deportationdeals.store.CurationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reject ID --reason TEXT}: drop a staged submission, recording why. */
@Command(name = "reject",
        description = "Reject a staged submission: its staged graphs are dropped and the reason is recorded in the provenance graph.")
final class RejectCommand extends CurationCommand {
    @Parameters(paramLabel = "ID", description = "The submission (see: review).")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is rejected.")
    String reason;

    @Override
    public Integer call() {
        CurationRecord done = withCuration(curation -> curation.reject(id, reason, curator));
        out().println(done.line());
        return ExitCodes.OK;
    }
}
