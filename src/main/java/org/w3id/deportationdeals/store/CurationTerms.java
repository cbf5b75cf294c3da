package org.w3id.deportationdeals.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.deportationdeals.vocab.DD;

/**
 * IRIs of the curation workflow: staged graphs, the provenance graph, submissions, curators and their activities.
 * The {@value #NS} terms describe curation records only; they are not ontology terms of the graph's subject matter.
 */
final class CurationTerms {
    private CurationTerms() {}

    /** Prefix of every staged graph: {@code STAGING + submissionId + "/" + publishedGraphTail}. */
    static final String STAGING = DD.GRAPH + "staging/";
    /** The published named graph of curation activities (PROV-O). */
    static final String PROVENANCE_GRAPH = DD.GRAPH + "provenance";
    /** Where hand-written triples of a submission are published: {@code CURATED + submissionId}. */
    static final String CURATED = DD.GRAPH + "curated/";
    static final String NS = DD.BASE + "curation#";

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String VOID = "http://rdfs.org/ns/void#";

    static final Node Submission = uri(NS + "Submission");
    static final Node Publish = uri(NS + "Publish");
    static final Node Reject = uri(NS + "Reject");
    static final Node Unpublish = uri(NS + "Unpublish");
    static final Node kind = uri(NS + "kind");
    static final Node curatorName = uri(NS + "curatorName");
    static final Node stagedGraph = uri(NS + "stagedGraph");
    static final Node rejectedFacts = uri(NS + "rejectedFacts");
    static final Node quads = uri(NS + "quads");
    static final Node addedQuads = uri(NS + "addedQuads");
    static final Node removedQuads = uri(NS + "removedQuads");
    static final Node changedGraph = uri(NS + "changedGraph");
    static final Node undid = uri(NS + "undid");

    static final Node type = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node label = uri(RDFS + "label");
    static final Node comment = uri(RDFS + "comment");
    static final Node created = uri(DCTERMS + "created");
    static final Node source = uri(DCTERMS + "source");
    static final Node activity = uri(PROV + "Activity");
    static final Node entity = uri(PROV + "Entity");
    static final Node agent = uri(PROV + "Agent");
    static final Node used = uri(PROV + "used");
    static final Node startedAtTime = uri(PROV + "startedAtTime");
    static final Node endedAtTime = uri(PROV + "endedAtTime");
    static final Node wasAssociatedWith = uri(PROV + "wasAssociatedWith");
    static final Node wasAttributedTo = uri(PROV + "wasAttributedTo");
    static final Node generated = uri(PROV + "generated");
    static final Node invalidated = uri(PROV + "invalidated");

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node submission(String id) {
        return uri(DD.ID + "submission/" + id);
    }

    static Node submissionGraph(String id) {
        return uri(STAGING + id);
    }

    static Node curator(String name) {
        return uri(DD.ID + "curator/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    static Node activity(String kind, String id) {
        return uri(DD.ID + "curation/" + kind + "/" + id);
    }

    /** The staged name of a published graph. */
    static String staged(String submissionId, String publishedGraph) {
        return STAGING + submissionId + "/" + publishedGraph.substring(DD.GRAPH.length());
    }

    /** The published name of a staged graph. */
    static String published(String submissionId, String stagedGraph) {
        return DD.GRAPH + stagedGraph.substring((STAGING + submissionId + "/").length());
    }
}
