package org.w3id.deportationdeals.store;

import java.time.Instant;
import java.util.List;

/**
 * A batch of articles or triples a curator handed in, as the staging area holds it.
 *
 * @param id       the submission id (letters, digits and '-'), used on the command line and in IRIs
 * @param kind     {@code articles} or {@code triples}
 * @param created  when it was staged
 * @param curator  who submitted it
 * @param sources  the file names it came from
 * @param status   where it stands now
 * @param quads    how many quads it stages
 * @param rejectedFacts facts of its articles that violate a shape and were left out of it
 */
public record Submission(String id, String kind, Instant created, String curator, List<String> sources, Status status,
                         long quads, int rejectedFacts) {

    /** Where a submission stands; derived from the published provenance record, so it survives a crash. */
    public enum Status { STAGED, PUBLISHED, REJECTED }

    public String line() {
        return "%s  %-9s  %-8s  %7d quads  %s  by %s  from %s%s".formatted(id, status, kind, quads, created, curator,
                String.join(", ", sources), rejectedFacts > 0 ? "  (" + rejectedFacts + " facts rejected by the shapes)" : "");
    }
}
