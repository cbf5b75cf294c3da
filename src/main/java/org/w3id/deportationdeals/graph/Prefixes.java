package org.w3id.deportationdeals.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.deportationdeals.vocab.DD;
import org.w3id.deportationdeals.vocab.NIF;
import org.w3id.deportationdeals.vocab.PROV;

/** The prefixes every file and response of the project writes with. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> MAP = build();

    private static Map<String, String> build() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("dd", DD.NS);
        map.put("ddid", DD.ID);
        map.put("ddg", DD.GRAPH);
        map.put("rdf", RDF.getURI());
        map.put("rdfs", RDFS.getURI());
        map.put("owl", OWL.getURI());
        map.put("xsd", XSD.getURI());
        map.put("skos", SKOS.getURI());
        map.put("dcterms", DCTerms.getURI());
        map.put("prov", PROV.NS);
        map.put("nif", NIF.NS);
        map.put("schema", "https://schema.org/");
        map.put("foaf", FOAF.getURI());
        map.put("wd", DD.WIKIDATA);
        return Map.copyOf(map);
    }
}
