package org.w3id.deportationdeals.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submitted RDF is read strictly and within limits, and violations can be traced to the line that wrote them. */
class RdfDocumentTest {
    @TempDir
    Path dir;

    static DatasetGraph read(String text, Lang lang, InputLimits limits) throws RdfInputException {
        return RdfDocument.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang, "doc", "http://example.org/",
                limits);
    }

    @Test
    void aDocumentWithMoreTriplesThanTheLimitIsRefusedAsTooLarge() {
        String triples = "<http://example.org/s> <http://example.org/p> \"1\" .\n".repeat(11);
        RdfInputException e = assertThrows(RdfInputException.class, () -> read(triples, Lang.NTRIPLES, new InputLimits(1 << 20, 10)));
        assertTrue(e.tooLarge(), e::getMessage);
        assertTrue(e.getMessage().contains("more than 10 triples"), e.getMessage());
    }

    @Test
    void anRdfXmlExternalEntityIsNeverReadFromDisk() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "the-secret-value");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri());
        try {
            DatasetGraph data = read(xml, Lang.RDFXML, InputLimits.DEFAULT);
            assertFalse(data.stream().anyMatch(q -> q.getObject().toString().contains("the-secret-value")), "the entity was expanded");
        } catch (RdfInputException refused) {
            assertFalse(refused.getMessage().contains("the-secret-value"), refused.getMessage());
        }
    }

    @Test
    void aWellFormedDocumentIsReadWhole() throws RdfInputException {
        DatasetGraph data = read("PREFIX ex: <http://example.org/>\nex:a ex:p \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                Lang.TURTLE, InputLimits.DEFAULT);
        assertEquals(1, data.stream().count());
    }

    @Test
    void sourceLinesFollowPrefixesAndBaseToTheLineOfEachNode() throws IOException {
        Path file = dir.resolve("fix.ttl");
        Files.writeString(file, """
                @prefix dd: <https://w3id.org/deportation-deals/ontology#> .
                BASE <https://w3id.org/deportation-deals/id/>

                <payment/x> a dd:Payment ;
                    dd:payer <country/US> .
                PREFIX c: <https://w3id.org/deportation-deals/id/country/>
                c:RW a dd:Country .
                """);
        Map<Node, String> lines = SourceLines.of(file);
        assertEquals(file + ":4", lines.get(NodeFactory.createURI("https://w3id.org/deportation-deals/id/payment/x")));
        assertEquals(file + ":5", lines.get(NodeFactory.createURI("https://w3id.org/deportation-deals/id/country/US")));
        assertEquals(file + ":7", lines.get(NodeFactory.createURI("https://w3id.org/deportation-deals/id/country/RW")));
        assertEquals(file + ":4", lines.get(NodeFactory.createURI("https://w3id.org/deportation-deals/ontology#Payment")));
    }
}
