package org.w3id.deportationdeals.store;

import java.time.Instant;

/**
 * One curation activity as recorded in the provenance graph.
 *
 * @param activity   the activity IRI
 * @param kind       {@code publish}, {@code unpublish} or {@code reject}
 * @param submission the submission it used
 * @param curator    who did it
 * @param started    when it began
 * @param ended      when it was committed
 * @param added      quads it added to the published graph
 * @param removed    quads it removed
 */
public record CurationRecord(String activity, String kind, String submission, String curator, Instant started,
                             Instant ended, long added, long removed) {

    public String line() {
        return "%s %s: +%d −%d quads by %s (%s)".formatted(kind, submission, added, removed, curator, activity);
    }
}
