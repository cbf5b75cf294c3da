package org.w3id.deportationdeals.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.deportationdeals.validate.SourceLines;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.deportationdeals.validate.GraphReport;
import org.w3id.deportationdeals.validate.ShapeValidator;
import org.w3id.deportationdeals.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE…}: SHACL validation of RDF files against the project's shapes. */
@Command(name = "validate",
        description = "Validate RDF files (each article graph with the shared reference graphs, as the build does;"
                + " a plain triples file as one graph) against the SHACL shapes."
                + " Prints one line per violation, starting with file:line of the focus node where the syntax has lines;"
                + " exits 1 when the data does not conform.")
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
        Map<Node, String> lines = new HashMap<>();
        files.forEach(file -> {
            RdfInput.read(dataset, file);
            SourceLines.of(file).forEach(lines::putIfAbsent);
        });
        List<GraphReport> reports = validator.validateDataset(dataset);
        int violations = 0;
        Model fullReport = ModelFactory.createDefaultModel();
        for (GraphReport graphReport : reports) {
            List<String> found = new ArrayList<>();
            for (ReportEntry entry : graphReport.report().getEntries()) {
                Violation v = validator.violation(entry);
                String where = lines.get(entry.focusNode());
                found.add((where == null ? "" : where + ": ") + v.line());
            }
            found.sort(null);
            if (!found.isEmpty() && reports.size() > 1) {
                out().println("# in " + graphReport.graph());
            }
            found.forEach(out()::println);
            violations += found.size();
            fullReport.add(graphReport.report().getModel());
        }
        if (report != null) {
            try (OutputStream stream = Files.newOutputStream(report)) {
                RDFDataMgr.write(stream, fullReport, Lang.TURTLE);
            }
        }
        long triples = dataset.calculateRead(() -> dataset.stream().count());
        err().println(violations == 0 ? "conforms: " + triples + " triples checked in " + reports.size() + " unit(s)"
                : "does not conform: " + violations + " violation(s) in " + triples + " triples");
        return violations == 0 ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
    }
}
