/**
 * The embedded Fuseki server that publishes the knowledge graph read-only over the SPARQL 1.1 Protocol and the
 * read side of the Graph Store Protocol, and as linked data: every IRI of the namespace dereferences to HTML or RDF,
 * the endpoint and dataset describe themselves (Service Description, VoID), and a landing page and a YASGUI query
 * page come with the jar. It owns the HTTP surface (endpoints, pages, content negotiation, CORS, compression,
 * timeouts, result caps, refusal of outgoing {@code SERVICE} calls, Jetty tuning, the {@code /kg/validate} endpoint
 * and the authenticated curator endpoints) and nothing else: it never writes to the dataset it is given itself (the
 * curator endpoints hand submissions to the store package's {@code Curation}), never builds or loads data and never
 * installs process-wide state such as shutdown hooks or logging configuration (that is the CLI's job).
 * {@link org.w3id.deportationdeals.server.KgServer} is the façade; {@link
 * org.w3id.deportationdeals.server.CuratorCredentials} is public so the CLI can write password files.
 */
package org.w3id.deportationdeals.server;
