package org.w3id.deportationdeals.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.extract.Extractor;
import org.w3id.deportationdeals.extract.Gazetteer;
import org.w3id.deportationdeals.vocab.DD;

/**
 * Each folder of {@code src/test/resources/extraction-cases/} is an article and the facts it states, written by hand;
 * the loaders must find exactly those facts (compared by graph isomorphism, evidence left out).
 */
class ExtractionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/extraction-cases");
    private static final Extractor EXTRACTOR = Extractor.load();
    private static final GraphBuilder BUILDER = GraphBuilder.create(Gazetteer.load());

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theArticleYieldsExactlyTheFactsWrittenDownForIt(String name) throws Exception {
        Article article = Corpus.read(CASES.resolve(name).resolve("article.txt"), name);
        Model actual = ModelFactory.createDefaultModel();
        for (FactGraph fact : BUILDER.build(EXTRACTOR.extract(article)).facts()) {
            fact.model().listStatements(fact.node(), null, (org.apache.jena.rdf.model.RDFNode) null)
                    .filterDrop(s -> s.getPredicate().equals(DD.evidence))
                    .forEach(actual::add);
        }
        Model expected = RDFDataMgr.loadModel(CASES.resolve(name).resolve("expected.ttl").toString(), Lang.TURTLE);
        assertTrue(actual.isIsomorphicWith(expected),
                () -> name + "\nexpected:\n" + turtle(expected) + "\nactual:\n" + turtle(actual));
    }

    private static String turtle(Model model) {
        model.setNsPrefixes(Prefixes.MAP);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}
