package org.w3id.deportationdeals.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that {@code ontology/deportation-deals.ttl} parses, is consistent, and defines exactly the terms of {@link DD}. */
class OntologyTest {

    static final String ONTOLOGY_FILE = "ontology/deportation-deals.ttl";
    static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY_FILE);
    }

    /** Every static Resource/Property constant of DD, i.e. every term the Java code can write. */
    static Stream<Resource> termConstants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : DD.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(DD.NS + field.getName(), term.getURI(), "constant DD." + field.getName() + " must be named like its term");
                terms.add(term);
            }
        }
        return terms.stream();
    }

    @Test
    void theOntologyHeaderGivesItsIriVersionLicenceAndPrefix() {
        Resource header = ontology.getResource(DD.ONTOLOGY);
        assertTrue(ontology.contains(header, RDF.type, OWL.Ontology), "no owl:Ontology " + DD.ONTOLOGY);
        assertEquals("https://w3id.org/deportation-deals/ontology/0.1.0",
                header.getPropertyResourceValue(OWL2.versionIRI).getURI());
        assertEquals("https://creativecommons.org/licenses/by/4.0/",
                header.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals("dd", header.getProperty(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix")).getString());
        assertFalse(ontology.contains(header, OWL.imports), "the ontology must stay self-contained: no owl:imports");
    }

    @Test
    void aJenaOwlReasonerFindsTheOntologyConsistent() {
        ValidityReport report = validate(ModelFactory.createDefaultModel());
        assertTrue(report.isValid(), () -> describe(report));
    }

    @Test
    void aReasonerRejectsAFactThatIsBothAPaymentAndAQuote() {
        // Shows the consistency check has teeth: the fact classes are declared pairwise disjoint.
        Model data = ModelFactory.createDefaultModel();
        Resource fact = data.createResource(DD.ID + "fact/test");
        data.add(fact, RDF.type, DD.Payment).add(fact, RDF.type, DD.Quote);
        assertFalse(validate(data).isValid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("termConstants")
    void everyJavaConstantIsADeclaredTermWithAnEnglishLabelAndComment(Resource term) {
        assertTrue(ontology.contains(term, RDF.type, (RDFNode) null), term + " is not declared in " + ONTOLOGY_FILE);
        assertTrue(hasEnglish(term, RDFS.label), term + " has no rdfs:label@en");
        assertTrue(hasEnglish(term, RDFS.comment), term + " has no rdfs:comment@en");
    }

    @Test
    void everyTermOfTheOntologyHasAJavaConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        termConstants().forEach(t -> constants.add(t.getURI()));
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DD.NS) && !constants.contains(s.getURI())) {
                missing.add(s.getLocalName());
            }
        });
        assertEquals(Set.of(), missing, "terms of the ontology without a constant in DD.java");
    }

    @Test
    void thePaymentCurrencyIsADatatypePropertyAndThePayerAnObjectProperty() {
        assertTrue(ontology.contains(DD.currency, RDF.type, OWL.DatatypeProperty));
        assertTrue(ontology.contains(DD.payer, RDF.type, OWL.ObjectProperty));
        assertEquals(DD.Actor, DD.payer.inModel(ontology).getPropertyResourceValue(RDFS.range));
    }

    private static ValidityReport validate(Model data) {
        Reasoner reasoner = ReasonerRegistry.getOWLReasoner().bindSchema(ontology);
        InfModel inferred = ModelFactory.createInfModel(reasoner, data);
        return inferred.validate();
    }

    private static boolean hasEnglish(Resource term, org.apache.jena.rdf.model.Property property) {
        return ontology.listObjectsOfProperty(term, property).toList().stream()
                .anyMatch(o -> o.isLiteral() && "en".equals(((Literal) o).getLanguage()));
    }

    private static String describe(ValidityReport report) {
        StringBuilder text = new StringBuilder("the ontology is inconsistent:");
        report.getReports().forEachRemaining(r -> text.append("\n  ").append(r));
        return text.toString();
    }
}
