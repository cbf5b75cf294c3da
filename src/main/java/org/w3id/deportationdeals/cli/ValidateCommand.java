package org.w3id.deportationdeals.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.deportationdeals.validate.ShapeValidator;
import org.w3id.deportationdeals.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE…}: SHACL validation of RDF files against the project's shapes. */
@Command(name = "validate", description = "Validate RDF files (all their graphs together) against the SHACL shapes."
        + " Prints one line per violation; exits 1 when the data does not conform.")
final class ValidateCommand extends KgCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.")
    List<Path> files;

    @Option(names = "--shapes", paramLabel = "FILE|DIR", description = "Shapes to use instead of the bundled ones.")
    Path shapes;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the full SHACL validation report (Turtle).")
    Path report;

    @Override
    public Integer call() throws Exception {
        ShapeValidator validator;
        try {
            validator = shapes == null ? ShapeValidator.bundled() : ShapeValidator.load(shapes);
        } catch (ShapeValidator.ShapesException e) {
            throw new InputProblem(e.getMessage(), e);
        }
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        files.forEach(file -> RdfInput.read(dataset, file));
        Graph union = GraphFactory.createDefaultGraph();
        dataset.executeRead(() -> dataset.find().forEachRemaining(q -> union.add(q.asTriple())));
        ValidationReport result = validator.validate(union);
        List<Violation> violations = validator.violations(result);
        violations.forEach(v -> out().println(v.line()));
        if (report != null) {
            writeReport(result);
        }
        err().println(result.conforms() ? "conforms: " + union.size() + " triples checked"
                : "does not conform: " + violations.size() + " violation(s) in " + union.size() + " triples");
        return result.conforms() ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
    }

    private void writeReport(ValidationReport result) throws IOException {
        try (OutputStream stream = Files.newOutputStream(report)) {
            RDFDataMgr.write(stream, result.getModel(), Lang.TURTLE);
        }
    }
}
