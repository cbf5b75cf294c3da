package org.w3id.deportationdeals.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL server that publishes the knowledge graph read-only, as dataset {@value #DATASET}:
 * <ul>
 *   <li>{@code /kg/sparql} and {@code /kg/query}: SPARQL 1.1 Protocol queries (GET, POST form, POST
 *       {@code application/sparql-query}); results as JSON, XML, CSV or TSV, graphs as Turtle, JSON-LD, N-Triples or
 *       RDF/XML, chosen by the {@code Accept} header;</li>
 *   <li>{@code /kg/get}: the read side of the Graph Store Protocol ({@code ?default}, {@code ?graph=IRI});</li>
 *   <li>{@code /kg} itself: queries sent to the dataset URL.</li>
 * </ul>
 * There is no update, upload or Graph Store write endpoint, and the dataset is wrapped read-only, so nothing sent to
 * the server can change the graph (writes are answered 4xx: 405, 415, 400 or 404 depending on how they are sent).
 * CORS is on, so browser pages on other origins can query it. A query that calls another endpoint with
 * {@code SERVICE} (even {@code SERVICE SILENT}) is answered 403 Forbidden without contacting it, unless the endpoint
 * is listed in {@link Builder#allowedServices(List)}. Queries are cut off after the query timeout (default 30 s) and
 * answered 503 "Query timed out"; a client can ask for less with {@code ?timeout=} seconds, never for more.
 *
 * <pre>{@code
 * KgServer server = KgServer.builder()
 *         .dataset(dsg)                          // the store's DatasetGraph; its default graph is what queries see
 *         .host("localhost")                     // bind address (default localhost)
 *         .port(3030)                            // 0 picks a free port
 *         .queryTimeout(Duration.ofSeconds(30))
 *         .build();
 * server.start();
 * try {
 *     System.out.println("SPARQL endpoint: " + server.sparqlUrl());
 *     server.join();                             // blocks until stop() is called from another thread
 * } finally {
 *     server.stop();                             // safe to call more than once
 * }
 * }</pre>
 * The server never installs a shutdown hook: reacting to Ctrl-C (calling {@link #stop()} from a hook) is the command
 * line's job. Stopping the server does not close the dataset, which stays the caller's to close.
 */
public final class KgServer {

    /** The dataset name under which the graph is published. */
    public static final String DATASET = "/kg";
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** Jetty's per-response output buffer, instead of the 5 MiB Fuseki asks for (apache/jena#4084). */
    static final int OUTPUT_BUFFER_SIZE = 32 * 1024;

    private enum State { NEW, RUNNING, STOPPED }

    private final FusekiServer fuseki;
    private final String host;
    private final Duration queryTimeout;
    private final List<String> allowedServices;
    private State state = State.NEW;

    private KgServer(FusekiServer fuseki, String host, Duration queryTimeout, List<String> allowedServices) {
        this.fuseki = fuseki;
        this.host = host;
        this.queryTimeout = queryTimeout;
        this.allowedServices = allowedServices;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening. A server is started at most once; after {@link #stop()} build a new one.
     *
     * @throws IllegalStateException if the server was already started or stopped, or the port cannot be bound
     */
    public synchronized KgServer start() {
        if (state != State.NEW)
            throw new IllegalStateException("The SPARQL server was already " + (state == State.RUNNING ? "started" : "stopped")
                    + "; build a new KgServer to start again");
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            state = State.STOPPED;
            throw new IllegalStateException("Cannot start the SPARQL server on " + host + ":" + fuseki.getHttpPort()
                    + ": " + e.getMessage(), e);
        }
        state = State.RUNNING;
        return this;
    }

    /** Stops the server; does nothing if it is not running, so it is safe to call twice or from a shutdown hook. */
    public synchronized void stop() {
        if (state == State.RUNNING)
            fuseki.stop();
        state = State.STOPPED;
    }

    /** Blocks the calling thread until the server stops; returns at once if it is not running. */
    public void join() {
        synchronized (this) {
            if (state != State.RUNNING)
                return;
        }
        fuseki.join();
    }

    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /** The port the server listens on: the real one once started, even when built with port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The bind address as configured. */
    public String host() {
        return host;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** The endpoints a query may call with {@code SERVICE}; empty (the default) means none. */
    public List<String> allowedServices() {
        return allowedServices;
    }

    /** The server's base URL, ending in "/". */
    public String serverUrl() {
        return "http://" + urlHost() + ":" + port() + "/";
    }

    /** The dataset URL, which also answers queries. */
    public String datasetUrl() {
        return "http://" + urlHost() + ":" + port() + DATASET;
    }

    /** The SPARQL query endpoint ({@code /kg/sparql}). */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The same query service under Fuseki's conventional name ({@code /kg/query}). */
    public String queryUrl() {
        return datasetUrl() + "/query";
    }

    /** The read-only Graph Store Protocol endpoint ({@code /kg/get}). */
    public String graphStoreUrl() {
        return datasetUrl() + "/get";
    }

    /** Smallest Jetty output buffer over the connectors, so tests can check the #4084 setting took. */
    int outputBufferSize() {
        return JettyConnectors.outputBufferSize(fuseki.getJettyServer());
    }

    private String urlHost() {
        // A wildcard bind address is reachable locally as localhost; an IPv6 literal needs brackets in a URL.
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0"))
            return "localhost";
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Collects the settings; {@link #dataset(DatasetGraph)} is the only one required. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private List<String> allowedServices = List.of();

        private Builder() {}

        /** The graph to publish; the server only ever reads it. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Address to bind to: "localhost" (the default) for this machine only, "0.0.0.0" for every interface. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank())
                throw new IllegalArgumentException("host must not be blank (use \"0.0.0.0\" for every interface)");
            this.host = host.strip();
            return this;
        }

        /** TCP port; 0 asks the system for a free one (read it back with {@link KgServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            this.port = port;
            return this;
        }

        /** Longest a query may run, whole milliseconds; default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.toMillis() <= 0)
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms, got " + queryTimeout);
            this.queryTimeout = queryTimeout;
            return this;
        }

        /**
         * SPARQL endpoints that queries may call with {@code SERVICE <endpoint>}, matched exactly; empty (the
         * default) refuses every SERVICE call.
         */
        public Builder allowedServices(List<String> endpoints) {
            Objects.requireNonNull(endpoints, "endpoints");
            for (String endpoint : endpoints)
                checkEndpoint(endpoint);
            this.allowedServices = List.copyOf(endpoints);
            return this;
        }

        /** Builds the server without starting it. */
        public KgServer build() {
            if (dataset == null)
                throw new IllegalStateException("No dataset to publish: call dataset(DatasetGraph) before build()");
            DatasetGraph published = PublishedDataset.readOnly(dataset, queryTimeout, allowedServices);
            // Only query and GSP read operations exist on this service: no withStdServices(true), which would add
            // update, upload and GSP write.
            DataService service = DataService.newBuilder(published)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Query)
                    .build();
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    // No auto-discovered modules (admin, UI, metrics...): the server offers exactly what is listed here.
                    .fusekiModules(FusekiModules.empty())
                    .enableCors(true)
                    .add(DATASET, service)
                    .build();
            JettyConnectors.bind(fuseki.getJettyServer(), host, OUTPUT_BUFFER_SIZE);
            return new KgServer(fuseki, host, queryTimeout, allowedServices);
        }

        private static void checkEndpoint(String endpoint) {
            if (endpoint == null)
                throw new IllegalArgumentException("allowedServices must not contain null");
            try {
                URI uri = new URI(endpoint);
                String scheme = uri.getScheme();
                if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)))
                    throw new IllegalArgumentException("allowedServices entry \"" + endpoint
                            + "\" is not an absolute http(s) URL");
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("allowedServices entry \"" + endpoint + "\" is not a URL: "
                        + e.getMessage(), e);
            }
        }
    }
}
