package org.w3id.deportationdeals.store;

import java.util.List;

/**
 * What publishing a staged submission would change in the published graph.
 *
 * @param submission   the submission reviewed
 * @param newFacts     facts the published graph does not have yet
 * @param corroborated facts already published from other articles that this submission gives one more source
 * @param unchanged    facts already published with the same sources
 * @param conflicts    facts whose single-valued properties disagree with what is published
 */
public record Review(Submission submission, List<String> newFacts, List<Corroboration> corroborated,
                     List<String> unchanged, List<Conflict> conflicts) {

    /** A published fact that gains evidence from articles it had none from. */
    public record Corroboration(String fact, List<String> publishedArticles, List<String> newArticles) {}

    /** A functional property of a fact with another value in the published graph. */
    public record Conflict(String fact, String property, String stagedValue, String publishedValue, String publishedGraph) {}
}
