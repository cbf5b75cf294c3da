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
 */
public record FactGraph(Match match, Resource node, Model model) {}
