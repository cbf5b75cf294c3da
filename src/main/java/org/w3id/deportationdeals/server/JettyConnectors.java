package org.w3id.deportationdeals.server;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Adjusts the Jetty server Fuseki builds, before it starts: the Fuseki builder has neither a bind-address option
 * (only "loopback or all interfaces"), nor a way to set the response buffer, nor response compression.
 */
final class JettyConnectors {

    private JettyConnectors() {}

    /**
     * Binds every connector to {@code host} and sets its per-response output buffer. Fuseki asks Jetty for a 5 MiB
     * output buffer per response (apache/jena#4084), which lets a handful of concurrent large results exhaust the heap;
     * a small buffer makes Jetty stream instead.
     */
    static void bind(Server jetty, String host, int outputBufferSize) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(outputBufferSize);
            }
        }
    }

    /**
     * Wraps the server's handler in Jetty's GzipHandler, so a client that sends {@code Accept-Encoding: gzip} gets a
     * compressed response (SPARQL results and Turtle shrink several-fold). Must run before the server starts.
     */
    static void compress(Server jetty) {
        GzipHandler gzip = new GzipHandler();
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    /** The smallest output buffer configured on any connector, to check the setting took; -1 without connectors. */
    static int outputBufferSize(Server jetty) {
        int smallest = -1;
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null) {
                continue;
            }
            int size = http.getHttpConfiguration().getOutputBufferSize();
            smallest = smallest < 0 ? size : Math.min(smallest, size);
        }
        return smallest;
    }
}
