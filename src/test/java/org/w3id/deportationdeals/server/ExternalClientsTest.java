package org.w3id.deportationdeals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.SeedCorpus;
import org.w3id.deportationdeals.store.KgStore;

/**
 * Can SPARQL clients that share no code with Jena ask the served seed graph the competency questions and get the
 * answers the articles state? Runs the scripts in {@code .ci/clients/} (Comunica on Node.js, rdflib on Python) as
 * child processes against a server on a free port. Each script checks the answers itself and exits non-zero on a
 * mismatch. Without the client installed the test is skipped, except on CI (CI=true), where it fails and says
 * what to install.
 */
class ExternalClientsTest {
    private static final Path CLIENTS = Path.of(".ci/clients");
    private static final Path COMUNICA = CLIENTS.resolve("comunica");
    private static final Path QUERIES = Path.of("queries");
    /** A safety net against a hung client, far above the second or so the scripts take. */
    private static final long TIMEOUT_SECONDS = 120;
    private static final List<String> CHECKED_QUERIES =
            List.of("payments.rq", "cables.rq", "court-rulings.rq", "countries-status.rq");

    @Test
    void comunicaGetsTheSeedAnswersFromTheEndpoint() throws Exception {
        if (!succeeds(List.of("node", "--version"), Path.of("."))) {
            missing("Node.js is not installed (need node >= 18 on PATH, then `npm ci` in " + COMUNICA + ")");
        }
        if (!Files.isRegularFile(COMUNICA.resolve("node_modules/@comunica/query-sparql/package.json"))) {
            missing("Comunica is not installed: run `npm ci` in " + COMUNICA);
        }
        // The script runs in its own folder so that Node resolves @comunica/query-sparql from its node_modules.
        runAgainstServedSeedGraph("comunica", COMUNICA,
                endpoint -> List.of("node", "check.mjs", endpoint, QUERIES.toAbsolutePath().toString()));
    }

    @Test
    void rdflibGetsTheSeedAnswersFromTheEndpoint() throws Exception {
        // Debian's python3-rdflib installs for /usr/bin/python3, which may not be the python3 first on PATH.
        Optional<String> python = List.of("/usr/bin/python3", "python3").stream()
                .filter(p -> succeeds(List.of(p, "-c", "import rdflib.plugins.stores.sparqlstore"), Path.of(".")))
                .findFirst();
        if (python.isEmpty()) {
            missing("rdflib is not installed for /usr/bin/python3 or python3: run `apt-get install -y python3-rdflib`");
        }
        Path script = CLIENTS.resolve("rdflib_check.py").toAbsolutePath();
        runAgainstServedSeedGraph("rdflib", Path.of("."),
                endpoint -> List.of(python.get(), script.toString(), endpoint, QUERIES.toAbsolutePath().toString()));
    }

    private interface Command {
        List<String> against(String endpoint);
    }

    private static void runAgainstServedSeedGraph(String client, Path directory, Command command) throws Exception {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceWith(SeedCorpus.built().dataset());
            Serving.serve(store.datasetGraph(), server -> {
                Run run = run(command.against(server.sparqlUrl()), directory);
                assertEquals(0, run.exitCode(), client + " found wrong answers (exit " + run.exitCode() + "):\n" + run.output());
                for (String query : CHECKED_QUERIES) {
                    assertTrue(run.output().contains(client + ": " + query + ": ok"),
                            client + " did not check " + query + ":\n" + run.output());
                }
            });
        }
    }

    private record Run(int exitCode, String output) {}

    private static Run run(List<String> command, Path directory) throws IOException, InterruptedException {
        Path log = Files.createTempFile("external-client", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Whether a probe command exists and exits 0; its output is discarded. */
    private static boolean succeeds(List<String> command, Path directory) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false; // not on PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** On CI a missing client is a broken build; on a developer's machine it only skips the check. */
    private static void missing(String whatToInstall) {
        if ("true".equals(System.getenv("CI"))) {
            fail(whatToInstall + " (CI=true, so the external client checks are required)");
        }
        Assumptions.abort(whatToInstall + " (skipped; set CI=true to make this a failure)");
    }
}
