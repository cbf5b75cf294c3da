/**
 * The embedded Fuseki server that publishes the knowledge graph read-only over the SPARQL 1.1 Protocol and the
 * read side of the Graph Store Protocol. It owns the HTTP surface (endpoints, CORS, timeouts, refusal of outgoing
 * {@code SERVICE} calls, Jetty tuning) and nothing else: it never writes to the dataset it is given, never builds or
 * loads data (that is the store package's job) and never installs process-wide state such as shutdown hooks or
 * logging configuration (that is the CLI's job). {@link org.w3id.deportationdeals.server.KgServer} is the only
 * public type.
 */
package org.w3id.deportationdeals.server;
