package org.w3id.deportationdeals.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.w3id.deportationdeals.store.Curation;
import org.w3id.deportationdeals.store.CurationException;
import org.w3id.deportationdeals.validate.InputLimits;
import picocli.CommandLine.Option;

/** What the curation commands share: the store folder, who the curator is, and how big an input may be. */
abstract class CurationCommand extends KgCommand {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database folder; its staging area is DIR/staging, its quarantine DIR/quarantine (default: "
                    + "${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--curator", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who is doing this, for the provenance record (default: the user name, ${DEFAULT-VALUE}).")
    String curator;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "67108864",
            description = "Largest input file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Runs the step on the opened store; a curation problem becomes an input error naming what to do. */
    <T> T withCuration(Function<Curation, T> step) {
        if (maxBytes < 1) {
            throw new InputProblem("--max-bytes must be at least 1, got " + maxBytes);
        }
        try (Curation curation = Curation.open(db, new InputLimits(maxBytes, InputLimits.DEFAULT.maxTriples()))) {
            return step.apply(curation);
        } catch (CurationException e) {
            throw new InputProblem(e.getMessage(), e);
        }
    }
}
