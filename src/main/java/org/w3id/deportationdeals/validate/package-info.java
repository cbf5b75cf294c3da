/**
 * SHACL validation against the shapes in {@code shapes/}, and reports a curator can act on: each violation as
 * one line naming the focus node (and {@code file:line} where it first appears: {@code SourceLines}), the path, the
 * value, what was expected and the shape; strict, size-limited reading of submitted RDF ({@code RdfDocument}); and
 * the check of a submission in the context of a published graph ({@code SubmissionCheck}). Owns no storage and
 * changes no data: deciding what to do with a violating fact is the caller's business.
 */
package org.w3id.deportationdeals.validate;
