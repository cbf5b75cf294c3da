package org.w3id.deportationdeals.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 core terms used for sentences and text spans (Jena ships no NIF vocabulary class). */
public final class NIF {
    private NIF() {}

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Context = resource("Context");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource String = resource("String");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property anchorOf = property("anchorOf");
    public static final Property isString = property("isString");
    public static final Property referenceContext = property("referenceContext");
}
