package org.w3id.deportationdeals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.deportationdeals.Sparql;
import org.w3id.deportationdeals.vocab.DD;

/** A curator stages articles and triples, reviews them, publishes, rejects and undoes, and nothing is lost. */
class CurationTest {
    static final Path FULL_REPORT = Path.of("articles/003_d8657b177fc2427a.txt");
    static final Path REWRITE = Path.of("articles/000_80354820fcb46e0b.txt");

    @TempDir
    Path db;

    @TempDir
    Path work;

    @Test
    void aStagedArticleIsNotPublishedUntilTheCuratorPublishesIt() {
        try (Curation curation = Curation.open(db)) {
            Curation.Ingested in = curation.ingestArticles(List.of(FULL_REPORT), "alice");
            assertTrue(in.accepted(), () -> String.valueOf(in.quarantined()));
            assertEquals(Submission.Status.STAGED, in.staged().status());
            assertFalse(publishedGraphs(curation).contains(DD.articleGraph("003_d8657b177fc2427a")));

            Review review = curation.review(in.id());
            assertTrue(review.newFacts().size() >= 5, review::toString);
            assertTrue(review.corroborated().isEmpty() && review.conflicts().isEmpty(), review::toString);

            CurationRecord published = curation.publish(in.id(), "bob", step -> {});
            assertEquals(in.staged().quads(), published.added(), "an empty store gains exactly the staged quads");
            assertTrue(publishedGraphs(curation).contains(DD.articleGraph("003_d8657b177fc2427a")));
            assertTrue(publishedGraphs(curation).stream().noneMatch(g -> g.startsWith(CurationTerms.STAGING)),
                    "staged graphs never reach the published dataset");
            assertEquals(Submission.Status.PUBLISHED, curation.submission(in.id()).status());

            List<Map<String, String>> prov = Sparql.select(curation.published(), """
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?curator ?start ?end ?submission WHERE { GRAPH <%s> {
                      ?a a prov:Activity ; prov:wasAssociatedWith/rdfs:label ?curator ; prov:used ?submission ;
                         prov:startedAtTime ?start ; prov:endedAtTime ?end } }""".formatted(CurationTerms.PROVENANCE_GRAPH));
            assertEquals(1, prov.size(), prov::toString);
            assertEquals("bob", prov.get(0).get("curator"));
            assertEquals(DD.ID + "submission/" + in.id(), prov.get(0).get("submission"));
            assertTrue(prov.get(0).get("start").compareTo(prov.get(0).get("end")) <= 0);
        }
    }

    @Test
    void aSecondArticleStatingTheSameFactGivesItOneMoreSource() {
        try (Curation curation = Curation.open(db)) {
            String first = curation.ingestArticles(List.of(FULL_REPORT), "alice").id();
            curation.publish(first, "alice", step -> {});
            Curation.Ingested second = curation.ingestArticles(List.of(REWRITE), "alice");
            Review review = curation.review(second.id());
            assertFalse(review.corroborated().isEmpty(), review::toString);
            Review.Corroboration one = review.corroborated().get(0);
            assertEquals(List.of(DD.article("003_d8657b177fc2427a")), one.publishedArticles());
            assertEquals(List.of(DD.article("000_80354820fcb46e0b")), one.newArticles());
        }
    }

    @Test
    void anUndatedStatementInANewArticleJoinsTheOneDatedFactAlreadyPublished() throws IOException {
        Path dated = article("dated", "2025-03-05", "On Monday, Belize agreed to accept deportees from other countries.");
        Path undated = article("undated", "2025-04-20",
                "Belize agreed to accept deportees from other countries, officials said in a statement.");
        try (Curation curation = Curation.open(db)) {
            curation.publish(curation.ingestArticles(List.of(dated), "alice").id(), "alice", step -> {});
            String agreement = Sparql.select(curation.published(),
                    "SELECT ?r WHERE { ?r a dd:Response ; dd:respondent ?c ; dd:date ?d . ?c dd:iso2 \"BZ\" }").get(0).get("r");
            Review review = curation.review(curation.ingestArticles(List.of(undated), "bob").id());
            assertEquals(List.of(agreement), review.corroborated().stream().map(Review.Corroboration::fact).toList(),
                    review::toString);
        }
    }

    private Path article(String id, String published, String body) throws IOException {
        Path file = work.resolve(id + ".txt");
        Files.writeString(file, "---\ntitle: " + id + "\npublisher: Test Wire\npublished: " + published
                + "\nrole: full-report\n---\n" + body + "\n");
        return file;
    }

    @Test
    void aFactRestatedWithAnotherAmountIsAConflict() throws IOException {
        try (Curation curation = Curation.open(db)) {
            curation.publish(curation.ingestArticles(List.of(FULL_REPORT), "alice").id(), "alice", step -> {});
            String payment = Sparql.select(curation.published(),
                    "SELECT ?p WHERE { ?p a dd:Payment ; dd:amount ?a } ORDER BY ?p LIMIT 1").get(0).get("p");
            Model copy = describe(curation.published(), payment);
            Node amount = DD.amount.asNode();
            Model changed = ModelFactory.createDefaultModel();
            copy.listStatements().forEachRemaining(s -> {
                if (s.getPredicate().equals(DD.amount)) {
                    changed.add(s.getSubject(), s.getPredicate(), changed.createTypedLiteral(new java.math.BigDecimal("999999")));
                } else {
                    changed.add(s);
                }
            });
            Path file = work.resolve("amount.ttl");
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, changed, Lang.TURTLE);
            }
            Curation.Ingested in = curation.ingestTriples(List.of(file), "carol");
            assertTrue(in.accepted(), () -> String.join("\n", in.quarantined().report()));
            Review review = curation.review(in.id());
            assertEquals(1, review.conflicts().size(), review::toString);
            assertEquals(payment, review.conflicts().get(0).fact());
            assertEquals("dd:amount", review.conflicts().get(0).property());
            assertTrue(review.conflicts().get(0).stagedValue().contains("999999"), amount::toString);
        }
    }

    @Test
    void unpublishingRestoresExactlyTheGraphBeforeThePublish() {
        try (Curation curation = Curation.open(db)) {
            curation.publish(curation.ingestArticles(List.of(FULL_REPORT), "alice").id(), "alice", step -> {});
            List<String> before = dataQuads(curation.published());
            String second = curation.ingestArticles(List.of(REWRITE), "alice").id();
            CurationRecord publish = curation.publish(second, "alice", step -> {});
            assertTrue(publish.added() > 0);
            assertEquals(before.size() + publish.added() - publish.removed(), dataQuads(curation.published()).size());

            CurationRecord undo = curation.unpublish(second, "dave");
            assertEquals(publish.added(), undo.removed());
            assertEquals(before, dataQuads(curation.published()));
            assertEquals(Submission.Status.STAGED, curation.submission(second).status(),
                    "an unpublished submission can be published again");
            assertEquals(List.of("publish", "publish", "unpublish"),
                    curation.history().stream().map(CurationRecord::kind).toList());
        }
    }

    @Test
    void aRejectedSubmissionIsDroppedWithItsReason() {
        try (Curation curation = Curation.open(db)) {
            String id = curation.ingestArticles(List.of(FULL_REPORT), "alice").id();
            curation.reject(id, "duplicate of an article already in the corpus", "bob");
            assertEquals(Submission.Status.REJECTED, curation.submission(id).status());
            assertEquals("duplicate of an article already in the corpus", curation.rejectionReason(id));
            CurationException again = assertThrows(CurationException.class, () -> curation.publish(id, "bob", s -> {}));
            assertTrue(again.getMessage().contains("rejected"), again.getMessage());
            assertTrue(publishedGraphs(curation).stream().noneMatch(g -> g.startsWith(DD.GRAPH_ARTICLE)));
        }
    }

    @Test
    void triplesThatViolateAShapeAreQuarantinedWholeAndCanBeFixedAndResubmitted() throws IOException {
        Path file = work.resolve("payment.ttl");
        Files.writeString(file, """
                PREFIX dd: <https://w3id.org/deportation-deals/ontology#>
                <https://w3id.org/deportation-deals/id/country/ZZ-test> a dd:Country ; dd:iso2 "ZZ" .
                """, StandardCharsets.UTF_8);
        try (Curation curation = Curation.open(db)) {
            Curation.Ingested in = curation.ingestTriples(List.of(file), "erin");
            assertFalse(in.accepted());
            Quarantined q = curation.quarantined().get(0);
            assertEquals(in.id(), q.id());
            assertTrue(q.report().stream().anyMatch(l -> l.startsWith("payment.ttl:2: ") && l.contains("dd:iso2")), q.report()::toString);
            assertThrows(CurationException.class, () -> curation.submission(in.id()));

            Path kept = q.folder().resolve("files/payment.ttl");
            Files.writeString(kept, """
                    PREFIX dd: <https://w3id.org/deportation-deals/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    <https://w3id.org/deportation-deals/id/country/XK> a dd:Country ; dd:iso2 "XK" ; rdfs:label "Kosovo"@en .
                    """, StandardCharsets.UTF_8);
            Curation.Ingested again = curation.resubmit(in.id(), "erin");
            assertTrue(again.accepted(), () -> String.join("\n", again.quarantined().report()));
            assertEquals(in.id(), again.id());
            assertTrue(curation.quarantined().isEmpty());
            assertEquals(List.of("payment.ttl"), curation.submission(in.id()).sources());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeAnythingIsStaged() throws IOException {
        Path file = work.resolve("big.nt");
        Files.writeString(file, "<http://example.org/s> <http://example.org/p> \"" + "x".repeat(2000) + "\" .\n");
        try (Curation curation = Curation.open(db, new org.w3id.deportationdeals.validate.InputLimits(1000, 100))) {
            CurationException e = assertThrows(CurationException.class, () -> curation.ingestTriples(List.of(file), "x"));
            assertTrue(e.tooLarge());
            assertTrue(e.getMessage().contains("over the limit of 1000"), e.getMessage());
            assertTrue(curation.submissions().isEmpty());
            assertTrue(curation.quarantined().isEmpty());
        }
    }

    static List<String> publishedGraphs(Curation curation) {
        DatasetGraph dsg = curation.published();
        return dsg.calculateRead(() -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            return out;
        });
    }

    /** Every quad outside the provenance graph, sorted. */
    static List<String> dataQuads(DatasetGraph dsg) {
        Node prov = NodeFactory.createURI(CurationTerms.PROVENANCE_GRAPH);
        return dsg.calculateRead(() -> dsg.stream().filter(q -> !q.getGraph().equals(prov)).map(Object::toString).sorted().toList());
    }

    /** The fact with its evidence, as the published graph has them (one article's graph). */
    static Model describe(DatasetGraph dsg, String fact) {
        Model out = ModelFactory.createDefaultModel();
        dsg.executeRead(() -> {
            dsg.find(Node.ANY, NodeFactory.createURI(fact), Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.getGraph().add(q.asTriple());
                if (q.getPredicate().equals(DD.evidence.asNode())) {
                    dsg.find(q.getGraph(), q.getObject(), Node.ANY, Node.ANY).forEachRemaining(e -> out.getGraph().add(e.asTriple()));
                }
            });
        });
        return out;
    }
}
