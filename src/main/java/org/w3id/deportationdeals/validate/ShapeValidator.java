package org.w3id.deportationdeals.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.deportationdeals.vocab.DD;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.deportationdeals.graph.Prefixes;

/**
 * Validates RDF against the project's SHACL shapes.
 *
 * <pre>{@code
 * ShapeValidator validator = ShapeValidator.bundled();          // or ShapeValidator.load(Path.of("shapes"))
 * ValidationReport report = validator.validate(model.getGraph());
 * validator.violations(report).forEach(v -> System.err.println(v.line()));
 * }</pre>
 */
public final class ShapeValidator {
    /** Where the build packs {@code shapes/} inside the jar. */
    static final String BUNDLED = "/shapes/deportation-deals-shapes.ttl";

    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAP).setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        this.prefixes.setNsPrefixes(shapesGraph.getPrefixMapping());
    }

    /** The shapes packed into the jar at build time. */
    public static ShapeValidator bundled() {
        try (InputStream in = ShapeValidator.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the shapes are not on the class path at " + BUNDLED);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, Lang.TURTLE);
            return new ShapeValidator(model.getGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shapes from a Turtle file, or from every {@code .ttl} file of a folder.
     *
     * @throws ShapesException naming the file when one does not parse
     */
    public static ShapeValidator load(java.nio.file.Path fileOrFolder) throws ShapesException {
        Model model = ModelFactory.createDefaultModel();
        List<java.nio.file.Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<java.nio.file.Path> list = Files.list(fileOrFolder)) {
                list.filter(p -> p.toString().endsWith(".ttl")).sorted(Comparator.naturalOrder()).forEach(files::add);
            } catch (IOException e) {
                throw new ShapesException(fileOrFolder + ": cannot list shapes: " + e.getMessage());
            }
        } else {
            files.add(fileOrFolder);
        }
        if (files.isEmpty()) {
            throw new ShapesException(fileOrFolder + ": no .ttl shapes file");
        }
        for (java.nio.file.Path file : files) {
            try {
                RDFDataMgr.read(model, file.toUri().toString(), Lang.TURTLE);
            } catch (RiotException e) {
                throw new ShapesException(file + ": " + e.getMessage());
            }
        }
        try {
            return new ShapeValidator(model.getGraph());
        } catch (RuntimeException e) {
            throw new ShapesException(fileOrFolder + ": not valid SHACL: " + e.getMessage());
        }
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Validates a dataset the way the build does: each article graph ({@code …/graph/article/…}) together with the
     * shared graphs (every other graph: reference data, ontology, default graph), and the shared graphs on their
     * own. The shapes say what one source may state; two articles that disagree (on a date, on the words of a
     * subject) are both kept, so the union of all articles is not expected to conform.
     */
    public List<GraphReport> validateDataset(DatasetGraph dataset) {
        return dataset.calculateRead(() -> {
            Graph shared = GraphFactory.createDefaultGraph();
            List<Node> articleGraphs = new ArrayList<>();
            dataset.getDefaultGraph().find().forEachRemaining(shared::add);
            dataset.listGraphNodes().forEachRemaining(name -> {
                if (name.isURI() && name.getURI().startsWith(DD.GRAPH_ARTICLE)) {
                    articleGraphs.add(name);
                } else {
                    dataset.getGraph(name).find().forEachRemaining(shared::add);
                }
            });
            List<GraphReport> reports = new ArrayList<>();
            reports.add(new GraphReport("shared graphs", validate(shared)));
            articleGraphs.sort(Comparator.comparing(Node::getURI));
            for (Node name : articleGraphs) {
                reports.add(new GraphReport(name.getURI(), validate(new Union(dataset.getGraph(name), shared))));
            }
            return reports;
        });
    }

    /** The report's results as readable lines, in a stable order. */
    public List<Violation> violations(ValidationReport report) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            out.add(violation(entry));
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    /** One report entry in words. */
    public Violation violation(ReportEntry entry) {
        return new Violation(entry.severity().level().getLocalName(), show(entry.focusNode()), show(entry.resultPath()),
                show(entry.value()), entry.message() == null ? "" : entry.message(), show(entry.source()),
                show(entry.sourceConstraintComponent()));
    }

    private String show(Node node) {
        if (node == null) {
            return "";
        }
        return node.isBlank() ? "[]" : FmtUtils.stringForNode(node, prefixes);
    }

    private String show(org.apache.jena.sparql.path.Path path) {
        return path == null ? "" : path.toString(new org.apache.jena.sparql.core.Prologue(prefixes));
    }

    /** A shapes file that cannot be read or is not SHACL. */
    public static final class ShapesException extends Exception {
        public ShapesException(String message) {
            super(message);
        }
    }
}
