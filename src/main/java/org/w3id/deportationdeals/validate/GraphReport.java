package org.w3id.deportationdeals.validate;

import org.apache.jena.shacl.ValidationReport;

/**
 * The validation of one unit of a dataset.
 *
 * @param graph  the named graph validated (with the shared graphs), or {@code "shared graphs"} for the rest
 * @param report its SHACL report
 */
public record GraphReport(String graph, ValidationReport report) {}
