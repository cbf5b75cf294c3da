/**
 * Where the knowledge graph lives: TDB2 datasets (a folder, or in memory), the one-transaction replacement of
 * their content, and the corpus build that feeds them (read articles, extract, build graphs, validate each fact,
 * keep the conforming ones, write the rest to a rejects file). Owns transactions; never serves HTTP.
 */
package org.w3id.deportationdeals.store;
