package org.w3id.deportationdeals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish killed with SIGKILL at any point leaves the published graph exactly as it was before or exactly as it is
 * after, never half of it, and the staged submission whole: a child JVM publishes 200,000 triples and is killed
 * while applying them, as it starts to commit, during the commit, and once the commit has returned.
 */
class PublishCrashTest {
    static final int TRIPLES = 200_000;
    static final int OLD_TRIPLES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aPublishKilledMidwayLeavesTheOldOrTheNewGraphAndTheStagedDataWhole() throws Exception {
        Path db = dir.resolve("db");
        String id;
        Node oldGraph;
        Node newGraph;
        try (Curation curation = Curation.open(db)) {
            String old = curation.ingestTriples(List.of(triples("old.nt", "old", OLD_TRIPLES)), "setup").id();
            curation.publish(old, "setup", step -> {});
            oldGraph = NodeFactory.createURI(CurationTerms.CURATED + old);
            Curation.Ingested big = curation.ingestTriples(List.of(triples("big.nt", "big", TRIPLES)), "setup");
            assertTrue(big.accepted(), () -> String.valueOf(big.quarantined()));
            id = big.id();
            newGraph = NodeFactory.createURI(CurationTerms.CURATED + id);
        }
        // Where the parent pulls the trigger: on the first line of a step, then after a few more milliseconds.
        record KillPoint(String step, long extraMillis) {}
        List<KillPoint> points = List.of(new KillPoint("applying", 100), new KillPoint("committing", 0),
                new KillPoint("committing", 200), new KillPoint("committed", 0));
        List<String> outcomes = new ArrayList<>();
        for (KillPoint point : points) {
            Process child = startChild(db, id);
            boolean killed = false;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("STEP " + point.step())) {
                        Thread.sleep(point.extraMillis());
                        child.destroyForcibly();
                        killed = true;
                        break;
                    }
                }
            }
            child.waitFor();
            if (!killed) {
                fail("the child ended before step " + point.step() + ": " + Files.readString(dir.resolve("child.err")));
            }
            try (Curation curation = Curation.open(db)) {
                DatasetGraph pub = curation.published();
                long oldCount = pub.calculateRead(() -> pub.getGraph(oldGraph).size());
                long newCount = pub.calculateRead(() -> pub.getGraph(newGraph).size());
                boolean recorded = curation.history().stream().anyMatch(r -> r.kind().equals("publish") && r.submission().equals(id));
                assertEquals(OLD_TRIPLES, oldCount, "the graph published before is untouched");
                assertTrue(newCount == 0 || newCount == TRIPLES, "all or nothing of the new graph, got " + newCount);
                assertEquals(newCount == TRIPLES, recorded, "the provenance record commits with the data, not apart from it");
                assertEquals(newCount == TRIPLES ? Submission.Status.PUBLISHED : Submission.Status.STAGED,
                        curation.submission(id).status());
                assertEquals(TRIPLES, curation.submission(id).quads(), "the staged submission is whole");
                assertTrue(pub.calculateRead(() -> pub.contains(newGraph, subject("big", 0), predicate(), literal("big", 0)))
                        == (newCount == TRIPLES));
                outcomes.add(point + " -> " + (newCount == TRIPLES ? "new" : "old"));
                if (newCount == TRIPLES) {
                    curation.unpublish(id, "crash-test");
                    assertEquals(0, pub.calculateRead(() -> pub.getGraph(newGraph).size()));
                }
            }
        }
        assertTrue(outcomes.get(0).endsWith("old"), "killed while applying, before any commit: " + outcomes);
        assertTrue(outcomes.get(3).endsWith("new"), "killed once the commit returned: " + outcomes);
        // And the publish still works after all those crashes.
        try (Curation curation = Curation.open(db)) {
            assertEquals(TRIPLES, curation.publish(id, "crash-test", step -> {}).added());
        }
    }

    private Process startChild(Path db, String id) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, PublishInChild.class.getName(), db.toString(), id);
        builder.redirectError(dir.resolve("child.err").toFile());
        return builder.start();
    }

    private Path triples(String name, String tag, int count) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write("<" + subject(tag, i).getURI() + "> <" + predicate().getURI() + "> \"" + tag + " " + i + "\" .\n");
            }
        }
        return file;
    }

    private static Node subject(String tag, int i) {
        return NodeFactory.createURI("https://w3id.org/deportation-deals/id/test/" + tag + "/" + i);
    }

    private static Node predicate() {
        return NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment");
    }

    private static Node literal(String tag, int i) {
        return NodeFactory.createLiteralString(tag + " " + i);
    }
}
