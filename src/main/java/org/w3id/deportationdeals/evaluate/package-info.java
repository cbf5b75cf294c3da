/**
 * Measures how well the extraction reads articles: hand-written gold annotations (one {@code <articleId>.gold} file
 * per article, format in the gold folder's README) are compared with the facts the extractor finds, per article and
 * per kind of fact, on the roles {@code compared-roles.properties} names, giving precision, recall and F1 per kind
 * and micro-averaged, with the missed and spurious facts for whoever tunes the rules. Reads articles and gold files
 * and runs the extractor; must not build, validate or store graphs, and must never feed gold back into extraction.
 */
package org.w3id.deportationdeals.evaluate;
