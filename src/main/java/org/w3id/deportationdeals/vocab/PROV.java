package org.w3id.deportationdeals.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the project uses (Jena ships no PROV vocabulary class). */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Entity = resource("Entity");
    public static final Resource Agent = resource("Agent");
    public static final Resource Activity = resource("Activity");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property wasQuotedFrom = property("wasQuotedFrom");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasAttributedTo = property("wasAttributedTo");
    public static final Property generatedAtTime = property("generatedAtTime");
    public static final Property startedAtTime = property("startedAtTime");
    public static final Property endedAtTime = property("endedAtTime");
    public static final Property used = property("used");
    public static final Property value = property("value");
}
