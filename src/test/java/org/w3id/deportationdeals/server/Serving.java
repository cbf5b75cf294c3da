package org.w3id.deportationdeals.server;

import java.util.function.UnaryOperator;

import org.apache.jena.sparql.core.DatasetGraph;

/** Runs a test body against a started server on a free port, and always stops the server afterwards. */
final class Serving {

    interface Body {
        void run(KgServer server) throws Exception;
    }

    private Serving() {}

    static void serve(DatasetGraph dataset, Body body) throws Exception {
        serve(dataset, UnaryOperator.identity(), body);
    }

    static void serve(DatasetGraph dataset, UnaryOperator<KgServer.Builder> settings, Body body) throws Exception {
        KgServer server = settings.apply(KgServer.builder().dataset(dataset).port(0)).build();
        server.start();
        try {
            body.run(server);
        } finally {
            server.stop();
        }
    }
}
