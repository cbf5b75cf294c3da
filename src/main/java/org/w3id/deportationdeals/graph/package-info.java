/**
 * Turns what the extractor found into RDF: mints stable IRIs for facts and evidence, writes each fact with its
 * evidence (article, sentence, character offsets, rule id) into the named graph of the article that states it,
 * and describes the reference entities (countries with ISO codes and Wikidata links). Reconciliation across
 * sources follows from identity: a fact stated by several articles gets the same IRI in each article graph, so
 * the union graph holds one fact with several pieces of evidence. Must not read files, validate or store.
 */
package org.w3id.deportationdeals.graph;
