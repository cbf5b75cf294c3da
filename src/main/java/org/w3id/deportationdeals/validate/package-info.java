/**
 * SHACL validation against the shapes in {@code shapes/}, and reports a curator can act on: each violation as
 * one line naming the focus node, the path, the value, what was expected and the shape. Owns no storage and
 * changes no data: deciding what to do with a violating fact is the caller's business.
 */
package org.w3id.deportationdeals.validate;
