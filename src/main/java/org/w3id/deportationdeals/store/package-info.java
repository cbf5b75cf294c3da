/**
 * Where the knowledge graph lives: TDB2 datasets (a folder, or in memory), the one-transaction replacement of
 * their content, and the corpus build that feeds them (read articles, extract, build graphs, validate each fact,
 * keep the conforming ones, write the rest to a rejects file), and the curator's workflow ({@code Curation}): a
 * staging area in a sibling TDB2 database, review, publish and undo in one transaction each with a PROV-O record, and
 * a quarantine for what fails. Owns transactions; never serves HTTP.
 */
package org.w3id.deportationdeals.store;
