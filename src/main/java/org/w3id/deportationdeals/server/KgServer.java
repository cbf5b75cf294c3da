package org.w3id.deportationdeals.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.deportationdeals.store.Curation;
import org.w3id.deportationdeals.validate.InputLimits;
import org.w3id.deportationdeals.validate.ShapeValidator;

/**
 * The SPARQL server that publishes the knowledge graph read-only, as dataset {@value #DATASET}:
 * <ul>
 *   <li>{@code /kg/sparql} and {@code /kg/query}: SPARQL 1.1 Protocol queries (GET, POST form, POST
 *       {@code application/sparql-query}); results as JSON, XML, CSV or TSV, graphs as Turtle, JSON-LD, N-Triples or
 *       RDF/XML, chosen by the {@code Accept} header;</li>
 *   <li>{@code /kg/get}: the read side of the Graph Store Protocol ({@code ?default}, {@code ?graph=IRI});</li>
 *   <li>{@code /kg} itself: queries sent to the dataset URL;</li>
 *   <li>a GET on any of these without a query: the SPARQL 1.1 Service Description.</li>
 * </ul>
 * Around the endpoint, the server publishes the graph as linked data:
 * <ul>
 *   <li>{@code /deportation-deals/…}: every IRI under {@code https://w3id.org/deportation-deals/} answers 200 with
 *       HTML or RDF by content negotiation (or by extension, {@code .ttl .jsonld .nt .rdf .html}), 404 when the
 *       graph does not mention it, 406 when the Accept header allows none of the forms; the ontology IRI answers
 *       generated documentation;</li>
 *   <li>{@code /.well-known/void}: the VoID description; {@code /}: the landing page; {@code /query.html}: YASGUI
 *       with the example queries of {@code queries/}.</li>
 * </ul>
 * Responses are gzip-compressed for clients that accept it; one query returns at most
 * {@link Builder#maxResultRows(long)} rows; the SPARQL endpoint answers 406 for an Accept header it cannot serve.
 * {@code POST /kg/validate} validates RDF in the body against the shapes and stores nothing. With
 * {@link Builder#curation}, curators with credentials submit, publish and reject at {@code /kg/staging} (through the
 * staging area, never through SPARQL). There is no SPARQL update, upload or Graph Store write endpoint, and the
 * dataset is wrapped read-only, so nothing sent to the SPARQL endpoints can change the graph (writes are answered
 * 4xx: 405, 415, 400 or 404 depending on how they are sent).
 * CORS is on for GET, POST and OPTIONS without credentials, so browser pages on other origins can query it. A query
 * that calls another endpoint with {@code SERVICE} (even {@code SERVICE SILENT}) is answered 403 Forbidden without
 * contacting it, unless the endpoint is listed in {@link Builder#allowedServices(List)}. Queries are cut off after the
 * query timeout (default 30 s) and answered 503 "Query timed out"; a client can ask for less with {@code ?timeout=}
 * seconds, never for more.
 *
 * <pre>{@code
 * KgServer server = KgServer.builder()
 *         .dataset(dsg)                          // the store's DatasetGraph; its default graph is what queries see
 *         .host("localhost")                     // bind address (default localhost)
 *         .port(3030)                            // 0 picks a free port
 *         .queryTimeout(Duration.ofSeconds(30))
 *         .maxResultRows(10_000)                 // rows one query may return
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

    /** Default cap on the rows of one query's result. */
    public static final long DEFAULT_MAX_RESULT_ROWS = 10_000;
    /** Where the VoID description is served (RFC 8615 well-known location named by the VoID note). */
    public static final String VOID_PATH = "/.well-known/void";

    /** Jetty's per-response output buffer, instead of the 5 MiB Fuseki asks for (apache/jena#4084). */
    static final int OUTPUT_BUFFER_SIZE = 32 * 1024;

    private enum State { NEW, RUNNING, STOPPED }

    private final FusekiServer fuseki;
    private final String host;
    private final Duration queryTimeout;
    private final List<String> allowedServices;
    private final long maxResultRows;
    private State state = State.NEW;

    private KgServer(FusekiServer fuseki, String host, Duration queryTimeout, List<String> allowedServices,
                     long maxResultRows) {
        this.fuseki = fuseki;
        this.host = host;
        this.queryTimeout = queryTimeout;
        this.allowedServices = allowedServices;
        this.maxResultRows = maxResultRows;
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
        if (state != State.NEW) {
            throw new IllegalStateException("The SPARQL server was already " + (state == State.RUNNING ? "started" : "stopped")
                    + "; build a new KgServer to start again");
        }
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
        if (state == State.RUNNING) {
            fuseki.stop();
        }
        state = State.STOPPED;
    }

    /** Blocks the calling thread until the server stops; returns at once if it is not running. */
    public void join() {
        synchronized (this) {
            if (state != State.RUNNING) {
                return;
            }
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

    /** The most rows one query returns. */
    public long maxResultRows() {
        return maxResultRows;
    }

    /** The landing page ({@code /}). */
    public String landingUrl() {
        return serverUrl();
    }

    /** The query page with YASGUI and the example queries. */
    public String queryPageUrl() {
        return "http://" + urlHost() + ":" + port() + QueryPageServlet.PAGE;
    }

    /** The VoID description of the dataset. */
    public String voidUrl() {
        return "http://" + urlHost() + ":" + port() + VOID_PATH;
    }

    /**
     * Where this server answers for an IRI of the project's namespace ({@code https://w3id.org/deportation-deals/…}),
     * e.g. {@code http://localhost:3030/deportation-deals/id/country/RW}.
     *
     * @throws IllegalArgumentException for an IRI outside the namespace
     */
    public String resourceUrl(String iri) {
        if (!Namespace.contains(iri)) {
            throw new IllegalArgumentException(iri + " is not in the namespace " + org.w3id.deportationdeals.vocab.DD.BASE);
        }
        return "http://" + urlHost() + ":" + port() + Namespace.link(iri);
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
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Collects the settings; {@link #dataset(DatasetGraph)} is the only one required. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private List<String> allowedServices = List.of();
        private long maxResultRows = DEFAULT_MAX_RESULT_ROWS;
        private Path queries;
        private String license;
        private InputLimits validationLimits = InputLimits.DEFAULT;
        private Curation curation;
        private CuratorCredentials credentials;

        private Builder() {}

        /**
         * Most rows (solutions) one query may return; a query without LIMIT, or with a larger one, is cut to this and
         * its response carries {@code X-Max-Result-Rows}. Default {@value KgServer#DEFAULT_MAX_RESULT_ROWS}.
         */
        public Builder maxResultRows(long maxResultRows) {
            if (maxResultRows < 1) {
                throw new IllegalArgumentException("maxResultRows must be at least 1, got " + maxResultRows);
            }
            this.maxResultRows = maxResultRows;
            return this;
        }

        /**
         * Folder of example queries ({@code *.rq}) for the query page and the landing page; by default the
         * {@code queries/} packaged into the jar.
         */
        public Builder queries(Path folder) {
            Objects.requireNonNull(folder, "folder");
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("queries folder " + folder + " does not exist or is not a folder");
            }
            this.queries = folder;
            return this;
        }

        /** Most a body sent to {@code /kg/validate} may hold (default {@link InputLimits#DEFAULT}). */
        public Builder validationLimits(InputLimits limits) {
            this.validationLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Turns on the curator endpoints ({@code /kg/staging}) over this staging area, for the curators the
         * credentials know. The curation must publish into the dataset given to {@link #dataset(DatasetGraph)}.
         */
        public Builder curation(Curation curation, CuratorCredentials credentials) {
            Objects.requireNonNull(curation, "curation");
            Objects.requireNonNull(credentials, "credentials");
            if (!credentials.enabled()) {
                throw new IllegalArgumentException("the curator endpoints need at least one curator or a bearer token");
            }
            this.curation = curation;
            this.credentials = credentials;
            return this;
        }

        /** IRI of the data licence, stated as {@code dcterms:license} in the VoID description; none by default. */
        public Builder license(String licenseIri) {
            Objects.requireNonNull(licenseIri, "licenseIri");
            checkEndpoint(licenseIri);
            this.license = licenseIri;
            return this;
        }

        /** The graph to publish; the server only ever reads it. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Address to bind to: "localhost" (the default) for this machine only, "0.0.0.0" for every interface. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank (use \"0.0.0.0\" for every interface)");
            }
            this.host = host.strip();
            return this;
        }

        /** TCP port; 0 asks the system for a free one (read it back with {@link KgServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Longest a query may run, whole milliseconds; default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.toMillis() <= 0) {
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms, got " + queryTimeout);
            }
            this.queryTimeout = queryTimeout;
            return this;
        }

        /**
         * SPARQL endpoints that queries may call with {@code SERVICE <endpoint>}, matched exactly; empty (the
         * default) refuses every SERVICE call.
         */
        public Builder allowedServices(List<String> endpoints) {
            Objects.requireNonNull(endpoints, "endpoints");
            for (String endpoint : endpoints) {
                checkEndpoint(endpoint);
            }
            this.allowedServices = List.copyOf(endpoints);
            return this;
        }

        /** Builds the server without starting it. */
        public KgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset to publish: call dataset(DatasetGraph) before build()");
            }
            DatasetGraph published = PublishedDataset.readOnly(dataset, queryTimeout, allowedServices);
            // Only query and GSP read operations exist on this service: no withStdServices(true), which would add
            // update, upload and GSP write.
            DataService service = DataService.newBuilder(published)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Query)
                    .build();
            KnowledgeGraph graph = new KnowledgeGraph(published);
            QueryExamples examples = new QueryExamples(queries);
            QueryPageServlet queryPage = new QueryPageServlet(examples);
            VoidServlet voidServlet = new VoidServlet(graph, license);
            FusekiServer.Builder fusekiBuilder = FusekiServer.create()
                    .port(port)
                    // No auto-discovered modules (admin, UI, metrics...): the server offers exactly what is listed here.
                    .fusekiModules(FusekiModules.empty())
                    // The query operation with a result-size cap and 406 for unacceptable Accept headers.
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new BoundedQuery(maxResultRows))
                    .add(DATASET, service)
                    // Before Fuseki's dispatch: a GET on the endpoint without a query gets the service description.
                    .addFilter("/*", new ServiceDescriptionFilter(graph, !allowedServices.isEmpty()))
                    .addServlet(Namespace.PATH + "*", new LinkedDataServlet(graph))
                    .addServlet(VOID_PATH, voidServlet)
                    .addServlet(Namespace.link(VoidDescription.DOCUMENT), voidServlet)
                    .addServlet(QueryPageServlet.PAGE, queryPage)
                    .addServlet(QueryPageServlet.SCRIPT, queryPage)
                    .addServlet(QueryPageServlet.EXAMPLES, queryPage)
                    .addServlet(WebJarServlet.PATH + "*", new WebJarServlet())
                    .addServlet(ValidationServlet.PATH, new ValidationServlet(ShapeValidator.bundled(), dataset, validationLimits))
                    // "" is the servlet mapping for exactly the root path.
                    .addServlet("", new LandingPage(graph, examples, queryTimeout));
            if (curation != null) {
                StagingServlet staging = new StagingServlet(curation, credentials);
                fusekiBuilder.addServlet(StagingServlet.PATH, staging).addServlet(StagingServlet.PATH + "/*", staging);
            }
            // GET, POST and OPTIONS only, no credentials: see cors.properties.
            CorsSettings.withPackagedFile(file -> fusekiBuilder.enableCors(true, file));
            FusekiServer fuseki = fusekiBuilder.build();
            JettyConnectors.bind(fuseki.getJettyServer(), host, OUTPUT_BUFFER_SIZE);
            JettyConnectors.compress(fuseki.getJettyServer());
            return new KgServer(fuseki, host, queryTimeout, allowedServices, maxResultRows);
        }

        private static void checkEndpoint(String endpoint) {
            if (endpoint == null) {
                throw new IllegalArgumentException("allowedServices must not contain null");
            }
            try {
                URI uri = new URI(endpoint);
                String scheme = uri.getScheme();
                if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                    throw new IllegalArgumentException("allowedServices entry \"" + endpoint
                            + "\" is not an absolute http(s) URL");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("allowedServices entry \"" + endpoint + "\" is not a URL: "
                        + e.getMessage(), e);
            }
        }
    }
}
