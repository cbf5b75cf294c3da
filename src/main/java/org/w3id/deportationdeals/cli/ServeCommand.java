package org.w3id.deportationdeals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.server.KgServer;
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

    @Override
    public Integer call() throws IOException {
        KgStore store = memory ? KgStore.inMemory() : KgStore.open(createFolder(db));
        KgServer server;
        try {
            if (rebuild || store.isEmpty()) {
                build(store);
            }
            server = KgServer.builder().dataset(store.datasetGraph()).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxResultRows(maxRows)
                    .allowedServices(allowedServices).license(license).build();
            server.start();
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "kg-shutdown"));
        err().println("SPARQL endpoint: " + server.sparqlUrl() + "   query page: " + server.queryPageUrl()
                + "   home: " + server.landingUrl() + "   (Ctrl-C stops)");
        server.join();
        return ExitCodes.OK;
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
