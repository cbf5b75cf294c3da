package org.w3id.deportationdeals.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code src/test/resources/ontology-checks/*-violation.rq} against the ontology; each must return no row.
 * A failing check prints the rows, which name the offending terms.
 */
class OntologyQualityTest {

    static final Path CHECKS = Path.of("src/test/resources/ontology-checks");

    static Stream<Path> checks() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CHECKS)) {
            files = list.filter(p -> p.getFileName().toString().endsWith("-violation.rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "expected the ontology checks in " + CHECKS + ", found " + files);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void theOntologyHasNoViolation(Path check) {
        ResultSetRewindable rows = run(check, RDFDataMgr.loadModel(OntologyTest.ONTOLOGY_FILE));
        if (rows.size() > 0) {
            rows.reset();
            fail(check.getFileName() + " found " + rows.size() + " violation(s) in " + OntologyTest.ONTOLOGY_FILE
                    + ":\n" + ResultSetFormatter.asText(rows));
        }
    }

    @Test
    void theLabelCheckNamesATermWhoseLabelWasRemoved() {
        // The checks must be able to fail: strip one label and the label check must report exactly that term.
        Model broken = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY_FILE);
        broken.removeAll(DD.payee, RDFS.label, null);
        ResultSetRewindable rows = run(CHECKS.resolve("term-without-label-violation.rq"), broken);
        assertEquals(1, rows.size());
        assertEquals(DD.payee.getURI(), rows.next().getResource("term").getURI());
    }

    @Test
    void theUndeclaredTermCheckCatchesATypoInARange() {
        Model broken = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY_FILE);
        broken.removeAll(DD.payee, RDFS.range, null);
        broken.add(DD.payee, RDFS.range, broken.createResource(DD.NS + "Actr"));
        ResultSetRewindable rows = run(CHECKS.resolve("undeclared-term-violation.rq"), broken);
        assertEquals(1, rows.size());
        assertEquals(DD.NS + "Actr", rows.next().getResource("term").getURI());
    }

    private static ResultSetRewindable run(Path check, Model model) {
        try (QueryExecution execution = QueryExecution.model(model).query(QueryFactory.read(check.toString())).build()) {
            return ResultSetFactory.copyResults(execution.execSelect());
        }
    }

}
