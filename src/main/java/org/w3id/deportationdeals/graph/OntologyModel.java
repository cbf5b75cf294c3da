package org.w3id.deportationdeals.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The ontology as packed into the jar from {@code ontology/}, to be published as its own named graph.
 *
 * <pre>{@code Model ontology = OntologyModel.bundled();}</pre>
 */
public final class OntologyModel {
    /** Where the build packs {@code ontology/deportation-deals.ttl}. */
    public static final String BUNDLED = "/ontology/deportation-deals.ttl";
    /** The companion vocabulary of curation records, published in the same graph. */
    public static final String CURATION = "/ontology/curation.ttl";

    private OntologyModel() {}

    /** The ontology and the curation vocabulary. */
    public static Model bundled() {
        Model model = ModelFactory.createDefaultModel();
        for (String resource : new String[] {BUNDLED, CURATION}) {
            try (InputStream in = OntologyModel.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the ontology is not on the class path at " + resource);
                }
                RDFDataMgr.read(model, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }
}
