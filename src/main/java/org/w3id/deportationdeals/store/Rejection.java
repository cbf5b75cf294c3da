package org.w3id.deportationdeals.store;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.w3id.deportationdeals.validate.Violation;

/**
 * Triples that were not loaded because they violate a shape.
 *
 * @param articleId  the article they came from
 * @param what       what was rejected: a fact IRI and the rule that made it, or a described resource
 * @param source     the sentence (or other text) that stated it
 * @param triples    the rejected triples
 * @param violations why
 */
public record Rejection(String articleId, String what, String source, Model triples, List<Violation> violations) {}
