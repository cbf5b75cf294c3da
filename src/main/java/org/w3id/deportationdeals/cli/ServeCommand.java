package org.w3id.deportationdeals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.server.CuratorCredentials;
import org.w3id.deportationdeals.server.KgServer;
import org.w3id.deportationdeals.store.Curation;
import org.w3id.deportationdeals.validate.InputLimits;
import org.w3id.deportationdeals.store.BuiltGraph;
import org.w3id.deportationdeals.store.CorpusLoader;
import org.w3id.deportationdeals.store.KgStore;
import org.w3id.deportationdeals.store.RejectsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: builds the graph when the store is empty and publishes it at a read-only SPARQL endpoint. */
@Command(name = "serve", description = "Serve the knowledge graph at http://HOST:PORT/kg/sparql (read-only). Builds it"
        + " from the articles first when the store is empty. Ctrl-C stops it.")
final class ServeCommand extends KgCommand {
    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "localhost", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "articles",
            description = "Folder of articles to build from when the store is empty (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--memory", description = "Keep the graph in memory instead of a TDB2 folder.")
    boolean memory;

    @Option(names = "--rebuild", description = "Rebuild from the articles even when the store holds a graph.")
    boolean rebuild;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most solutions one query may return (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "A SPARQL endpoint our queries may call with SERVICE (repeat for several; none by default).")
    List<String> allowedServices = new ArrayList<>();

    @Option(names = "--license", paramLabel = "IRI", defaultValue = "https://creativecommons.org/licenses/by/4.0/",
            description = "Licence of the graph, stated in its VoID description (default: ${DEFAULT-VALUE}).")
    String license;

    @Option(names = "--curators", paramLabel = "FILE",
            description = "Password file of curators (see curator-password); turns on the curator endpoints /kg/staging.")
    Path curators;

    @Option(names = "--curator-token-env", paramLabel = "NAME", defaultValue = "KG_CURATOR_TOKEN",
            description = "Environment variable holding a bearer token for the curator endpoints; set, it turns them on (default: "
                    + "${DEFAULT-VALUE}).")
    String tokenVariable;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "67108864",
            description = "Largest body /kg/validate and /kg/staging accept, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws IOException {
        CuratorCredentials credentials = credentials();
        KgStore store = memory ? KgStore.inMemory() : KgStore.open(createFolder(db));
        KgServer server;
        Curation curation = null;
        try {
            if (rebuild || store.isEmpty()) {
                build(store);
            }
            if (maxBytes < 1) {
                throw new InputProblem("--max-bytes must be at least 1, got " + maxBytes);
            }
            InputLimits limits = new InputLimits(maxBytes, InputLimits.DEFAULT.maxTriples());
            KgServer.Builder builder = KgServer.builder().dataset(store.datasetGraph()).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxResultRows(maxRows)
                    .allowedServices(allowedServices).license(license).validationLimits(limits);
            if (credentials.enabled()) {
                if (memory) {
                    throw new InputProblem("the curator endpoints need a store folder (--db DIR), not --memory");
                }
                curation = Curation.attach(store, db, limits);
                builder.curation(curation, credentials);
            }
            server = builder.build();
            server.start();
        } catch (RuntimeException | IOException e) {
            if (curation != null) {
                curation.close();
            }
            store.close();
            throw e;
        }
        Curation staging = curation;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (staging != null) {
                staging.close();
            }
            store.close();
        }, "kg-shutdown"));
        if (curation != null) {
            err().println("curator endpoints on: " + server.datasetUrl() + "/staging (staging area " + curation.stagingFolder() + ")");
        }
        err().println("SPARQL endpoint: " + server.sparqlUrl() + "   query page: " + server.queryPageUrl()
                + "   home: " + server.landingUrl() + "   (Ctrl-C stops)");
        server.join();
        return ExitCodes.OK;
    }

    private CuratorCredentials credentials() {
        if (curators != null && !java.nio.file.Files.isRegularFile(curators)) {
            throw new InputProblem(curators + ": no such password file (create it with: curator-password USER --file " + curators + ")");
        }
        try {
            return CuratorCredentials.load(curators, tokenVariable == null ? null : System.getenv(tokenVariable));
        } catch (IOException e) {
            throw new InputProblem(e.getMessage(), e);
        }
    }

    private void build(KgStore store) throws IOException {
        if (!Files.isDirectory(articles)) {
            throw new InputProblem(articles + ": no such folder of articles to build the graph from");
        }
        BuiltGraph built = CorpusLoader.create().build(articles);
        for (ArticleException error : built.report().articleErrors()) {
            err().println("skipped " + error.getMessage());
        }
        store.replaceWith(built.dataset());
        Path rejects = (memory ? Path.of(".") : db).resolve("rejects.ttl");
        RejectsFile.write(rejects, built.report().rejections());
        err().println(built.report().summary() + (built.report().factsRejected() > 0 ? "; rejects in " + rejects : ""));
    }

    private static Path createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        return folder;
    }
}
