/**
 * Reading articles: the optional front-matter block, strict UTF-8 decoding with errors that name file and line,
 * typographic normalisation that keeps offsets, removal of scraped noise (paywall notices, site stamps, share
 * buttons, cut marks, repeated paragraphs) and sentence splitting with body offsets.
 *
 * <p>{@link org.w3id.deportationdeals.corpus.Corpus} is the only entry point; the word lists and patterns it uses
 * live in resource files next to this package ({@code boilerplate.txt}, {@code cut-marks.txt},
 * {@code abbreviations.txt}, {@code normalisation.txt}). This package knows nothing about RDF, entities or rules:
 * it hands {@link org.w3id.deportationdeals.corpus.Article} and
 * {@link org.w3id.deportationdeals.corpus.Sentence} values to the extract package and must not depend on it.
 */
package org.w3id.deportationdeals.corpus;
