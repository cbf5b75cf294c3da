package org.w3id.deportationdeals.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.deportationdeals.extract.Match;

/**
 * The triples one match contributes: the fact's own statements and its evidence. Validation rejects or keeps a
 * fact graph as a whole, so a fact is never half loaded.
 *
 * @param match the match it was built from
 * @param node  the fact's IRI
 * @param model the fact's triples and its evidence node's triples
 * @param undatedIri the IRI the fact would have without its date: statements that agree on everything but the date
 *                   share it, which is how {@link Reconciler} finds that an undated statement is a dated fact
 */
public record FactGraph(Match match, Resource node, Model model, String undatedIri) {

    /** Whether the fact's identity includes a date. */
    public boolean dated() {
        return !node.getURI().equals(undatedIri);
    }
}
