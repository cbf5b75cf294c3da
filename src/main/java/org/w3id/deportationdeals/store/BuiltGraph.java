package org.w3id.deportationdeals.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The validated dataset a build produced, ready to be stored or written out.
 *
 * @param dataset named graphs: the ontology, the reference data and one graph per article
 * @param report  what was loaded and rejected
 */
public record BuiltGraph(DatasetGraph dataset, BuildReport report) {}
