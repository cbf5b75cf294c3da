package org.w3id.deportationdeals.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every curation term the store writes is defined, labelled and commented in ontology/curation.ttl. */
class CurationVocabularyTest {
    @Test
    void everyCurationTermTheStoreWritesIsDocumented() throws IllegalAccessException {
        Model vocabulary = RDFDataMgr.loadModel("ontology/curation.ttl");
        List<String> undocumented = new ArrayList<>();
        int terms = 0;
        for (Field field : CurationTerms.class.getDeclaredFields()) {
            if (field.getType() != Node.class) {
                continue;
            }
            field.setAccessible(true);
            Node node = (Node) field.get(null);
            if (node.isURI() && node.getURI().startsWith(CurationTerms.NS)) {
                terms++;
                Resource term = vocabulary.createResource(node.getURI());
                if (!term.hasProperty(RDFS.label) || !term.hasProperty(RDFS.comment) || !term.hasProperty(RDFS.isDefinedBy)) {
                    undocumented.add(node.getURI());
                }
            }
        }
        assertTrue(terms >= 10, "found only " + terms + " curation terms");
        assertTrue(undocumented.isEmpty(), () -> "not documented in ontology/curation.ttl: " + undocumented);
    }
}
