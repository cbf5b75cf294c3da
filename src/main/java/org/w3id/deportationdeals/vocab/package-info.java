/**
 * Java constants for the terms of our ontology ({@link org.w3id.deportationdeals.vocab.DD}) and for the vocabularies
 * Jena does not ship (PROV-O, NIF). Owns names only: no logic, no I/O. Every constant must exist in
 * {@code ontology/deportation-deals.ttl} with a label and a comment.
 */
package org.w3id.deportationdeals.vocab;
