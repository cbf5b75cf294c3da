package org.w3id.deportationdeals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A curator's session on the command line: ingest, review, publish, undo, reject, quarantine and resubmit. */
class CuratorCommandsTest {
    @TempDir
    Path dir;

    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void aCuratorIngestsReviewsPublishesAndUndoesAnArticle() {
        String db = dir.resolve("db").toString();
        CommandLineTest.Run ingest = run("ingest", "articles/003_d8657b177fc2427a.txt", "--db", db, "--curator", "alice");
        assertEquals(ExitCodes.OK, ingest.code(), ingest.err());
        String id = ingest.out().strip();

        CommandLineTest.Run list = run("review", "--db", db);
        assertTrue(list.out().contains(id) && list.out().contains("STAGED"), list.out());

        CommandLineTest.Run review = run("review", id, "--db", db);
        assertEquals(ExitCodes.OK, review.code(), review.err());
        assertTrue(review.out().contains("  + https://w3id.org/deportation-deals/id/payment/"), review.out());

        CommandLineTest.Run publish = run("publish", id, "--db", db, "--curator", "bob");
        assertEquals(ExitCodes.OK, publish.code(), publish.err());
        assertTrue(publish.out().startsWith("publish " + id + ": +"), publish.out());
        assertTrue(publish.out().contains("by bob"), publish.out());

        CommandLineTest.Run again = run("publish", id, "--db", db);
        assertEquals(ExitCodes.INPUT_ERROR, again.code());
        assertTrue(again.err().contains("is published; only a staged submission can be published"), again.err());

        CommandLineTest.Run undo = run("unpublish", id, "--db", db, "--curator", "bob");
        assertEquals(ExitCodes.OK, undo.code(), undo.err());
        CommandLineTest.Run reject = run("reject", id, "--db", db, "--reason", "superseded by the full report");
        assertEquals(ExitCodes.OK, reject.code(), reject.err());
        CommandLineTest.Run history = run("review", "--history", "--db", db);
        assertEquals(3, history.out().lines().count(), history.out());
        assertTrue(history.out().lines().toList().get(2).contains("reject " + id), history.out());
    }

    @Test
    void brokenTriplesGoToTheQuarantineAndComeBackWhenFixed() throws IOException {
        String db = dir.resolve("db").toString();
        Path bad = dir.resolve("count.ttl");
        Files.writeString(bad, """
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <https://w3id.org/deportation-deals/id/x> <https://w3id.org/deportation-deals/ontology#maxPeople> "fifty"^^xsd:integer .
                """, StandardCharsets.UTF_8);
        CommandLineTest.Run ingest = run("ingest", "--triples", bad.toString(), "--db", db);
        assertEquals(ExitCodes.NOT_CONFORMING, ingest.code(), ingest.err());
        String id = ingest.out().strip();
        assertTrue(ingest.err().contains("count.ttl:2"), ingest.err());

        CommandLineTest.Run quarantine = run("review", "--quarantine", "--db", db);
        assertTrue(quarantine.out().contains(id) && quarantine.out().contains("fifty"), quarantine.out());

        Path kept = dir.resolve("db/quarantine/" + id + "/files/count.ttl");
        Files.writeString(kept, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/deportation-deals/id/x> rdfs:comment "a note" .
                """, StandardCharsets.UTF_8);
        CommandLineTest.Run resubmit = run("ingest", "--resubmit", id, "--db", db);
        assertEquals(ExitCodes.OK, resubmit.code(), resubmit.err());
        assertEquals(id, resubmit.out().strip());
    }

    @Test
    void curatorPasswordStoresAHashThatTheServerAccepts() throws IOException {
        Path file = dir.resolve("curators");
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
            CommandLineTest.Run set = run("curator-password", "alice", "--file", file.toString(), "--password-stdin");
            assertEquals(ExitCodes.OK, set.code(), set.err());
            System.setIn(new java.io.ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
            CommandLineTest.Run weak = run("curator-password", "bob", "--file", file.toString(), "--password-stdin");
            assertEquals(ExitCodes.INPUT_ERROR, weak.code());
            assertTrue(weak.err().contains("at least 8 characters"), weak.err());
        } finally {
            System.setIn(stdin);
        }
        String stored = Files.readString(file);
        assertTrue(stored.contains("alice:pbkdf2-sha256$") && !stored.contains("correct horse"), stored);
        var credentials = org.w3id.deportationdeals.server.CuratorCredentials.load(file, null);
        String basic = "Basic "
                + java.util.Base64.getEncoder().encodeToString("alice:correct horse battery".getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.Optional.of("alice"), credentials.authenticate(basic));
        assertEquals(java.util.Optional.empty(), credentials.authenticate(basic.replace("Basic YW", "Basic Ym")));

        Files.writeString(file, "alice:plaintext\n");
        CommandLineTest.Run serve = run("serve", "--port", "0", "--db", dir.resolve("db").toString(), "--curators", file.toString());
        assertEquals(ExitCodes.INPUT_ERROR, serve.code());
        assertTrue(serve.err().contains(file + ":1: expected user:pbkdf2-sha256"), serve.err());
    }

    @Test
    void aFileOverTheLimitIsAClearInputError() throws IOException {
        Path big = dir.resolve("big.nt");
        Files.writeString(big, "<http://example.org/s> <http://example.org/p> \"" + "x".repeat(5000) + "\" .\n");
        CommandLineTest.Run ingest = run("ingest", "--triples", big.toString(), "--db", dir.resolve("db").toString(),
                "--max-bytes", "1024");
        assertEquals(ExitCodes.INPUT_ERROR, ingest.code());
        assertTrue(ingest.err().contains("big.nt: 5") && ingest.err().contains("over the limit of 1024 bytes"), ingest.err());
    }
}
