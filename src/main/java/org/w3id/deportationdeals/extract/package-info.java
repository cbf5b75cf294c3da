/**
 * Extraction: the recognisers that find countries, agencies, courts, organisations, people, counts, money and dates
 * in a sentence ({@link org.w3id.deportationdeals.extract.Gazetteer},
 * {@link org.w3id.deportationdeals.extract.PersonFinder}, {@link org.w3id.deportationdeals.extract.NumberFinder},
 * {@link org.w3id.deportationdeals.extract.MoneyFinder}, {@link org.w3id.deportationdeals.extract.DateFinder}), and
 * the rule engine that turns them into {@link org.w3id.deportationdeals.extract.Match}es. Word lists and patterns are
 * data files in this package's resource folder, each with a header comment naming its source and columns. Offsets
 * are always body offsets. This package reads sentences; it must not build triples or touch the store.
 */
package org.w3id.deportationdeals.extract;
