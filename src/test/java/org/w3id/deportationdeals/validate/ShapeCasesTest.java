package org.w3id.deportationdeals.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.deportationdeals.vocab.DD;

/**
 * Runs each folder of {@code src/test/resources/shape-cases/} through the shapes: {@code data.ttl} (added to
 * {@code background.ttl}) must conform or not as {@code expected.properties} says, and a violating case must report
 * exactly the listed {@code sourceConstraintComponent path} pairs, each with a message a curator can read.
 */
class ShapeCasesTest {

    static final Path SHAPES_FILE = Path.of("shapes/deportation-deals-shapes.ttl");
    static final Path CASES = Path.of("src/test/resources/shape-cases");
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("dd", DD.NS)
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");

    static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES_FILE.toString()));
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void everyClassTheLoadersWriteHasAShapeTargetingItExplicitly() {
        Set<String> targeted = new TreeSet<>();
        shapes.getTargetShapes().forEach(shape -> shape.getTargets().forEach(t -> targeted.add(t.getObject().getURI())));
        Set<String> expected = Stream.of(DD.Country, DD.GovernmentAgency, DD.Court, DD.Person, DD.Organisation,
                        DD.Article, DD.Sentence, DD.Evidence, DD.DiplomaticCable, DD.Memo, DD.DiplomaticNote,
                        DD.Request, DD.Response, DD.Payment, DD.CourtRuling, DD.Transfer, DD.Quote, DD.Leverage,
                        DD.ContextFinding)
                .map(r -> r.getURI()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, targeted);
    }

    @Test
    void everyShapeHasAConformingAndAViolatingCase() throws IOException {
        Set<String> conforming = new TreeSet<>();
        Set<String> violating = new TreeSet<>();
        for (Path dir : cases().toList()) {
            Properties expected = expected(dir);
            Graph data = RDFDataMgr.loadGraph(dir.resolve("data.ttl").toString());
            Set<String> classes = data.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                    .mapWith(t -> PREFIXES.shortForm(t.getObject().getURI())).toSet();
            (Boolean.parseBoolean(expected.getProperty("conforms")) ? conforming : violating).addAll(classes);
        }
        shapes.getTargetShapes().forEach(shape -> shape.getTargets().forEach(t -> {
            String target = PREFIXES.shortForm(t.getObject().getURI());
            assertTrue(conforming.contains(target), "no conforming case writes a " + target);
            assertTrue(violating.contains(target), "no violating case writes a " + target);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseGetsTheExpectedReport(Path dir) throws IOException {
        Properties expected = expected(dir);
        Graph data = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(data, CASES.resolve("background.ttl").toString());
        RDFDataMgr.read(data, dir.resolve("data.ttl").toString());

        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        String printed = print(report);
        boolean conforms = Boolean.parseBoolean(required(expected, "conforms", dir));
        assertEquals(conforms, report.conforms(), () -> dir.getFileName() + ": unexpected report\n" + printed);

        Set<String> expectedViolations = new TreeSet<>();
        String listed = expected.getProperty("violations", "").trim();
        if (!listed.isEmpty()) {
            Arrays.stream(listed.split(",")).map(String::trim).map(v -> v.replaceAll("\\s+", " "))
                    .forEach(expectedViolations::add);
        }
        Set<String> actual = new TreeSet<>();
        for (ReportEntry entry : report.getEntries()) {
            String path = entry.resultPath() == null ? "-"
                    : entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
            actual.add(PREFIXES.shortForm(entry.sourceConstraintComponent().getURI()) + " " + path);
            assertFalse(entry.message() == null || entry.message().isBlank(), "a result without a message:\n" + printed);
        }
        assertEquals(expectedViolations, actual, () -> dir.getFileName() + ": unexpected violations\n" + printed);
    }

    private static Properties expected(Path dir) throws IOException {
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("expected.properties"))) {
            expected.load(in);
        }
        return expected;
    }

    private static String required(Properties expected, String key, Path dir) {
        String value = expected.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(dir.resolve("expected.properties") + ": missing key '" + key + "'");
        }
        return value;
    }

    private static String print(ValidationReport report) {
        Model model = report.getModel();
        model.setNsPrefixes(PREFIXES);
        java.io.StringWriter out = new java.io.StringWriter();
        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

}
