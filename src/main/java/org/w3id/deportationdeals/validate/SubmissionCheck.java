package org.w3id.deportationdeals.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.deportationdeals.vocab.DD;

/**
 * Validates data someone submits against the shapes in the context of a published graph: the submission is checked
 * the way the build checks (article graphs each with the shared graphs) together with the published ontology and
 * reference graphs and what the published graph says about every resource the submission points at (so new
 * evidence may cite a published article). Only results about the submission's own subjects are kept: the published
 * graph is not the submitter's to fix.
 *
 * <pre>{@code
 * ValidationReport report = SubmissionCheck.check(ShapeValidator.bundled(), submitted, store.datasetGraph());
 * }</pre>
 */
public final class SubmissionCheck {
    /** Graphs of the published dataset never used as context: curation records, not data. */
    private static final String PROVENANCE = DD.GRAPH + "provenance";

    private SubmissionCheck() {}

    /**
     * @param submitted the submitted quads (triples in the default graph are fine)
     * @param published the published dataset, or {@code null} to check the submission on its own
     */
    public static ValidationReport check(ShapeValidator validator, DatasetGraph submitted, DatasetGraph published) {
        DatasetGraph check = DatasetGraphFactory.createTxnMem();
        Set<Node> subjects = new HashSet<>();
        Set<Node> pointedAt = new HashSet<>();
        Set<Node> submittedGraphs = new HashSet<>();
        check.executeWrite(() -> {
            submitted.find().forEachRemaining(q -> {
                check.add(q);
                subjects.add(q.getSubject());
                submittedGraphs.add(q.getGraph());
                if (q.getObject().isURI()) {
                    pointedAt.add(q.getObject());
                }
            });
            pointedAt.removeAll(subjects);
            if (published == null) {
                return;
            }
            Node context = NodeFactory.createURI(DD.GRAPH + "context");
            published.executeRead(() -> {
                for (String shared : List.of(DD.ONTOLOGY_GRAPH, DD.REFERENCE_GRAPH)) {
                    Node name = NodeFactory.createURI(shared);
                    if (!submittedGraphs.contains(name)) {
                        published.getGraph(name).find().forEachRemaining(t -> check.add(name, t.getSubject(), t.getPredicate(),
                                t.getObject()));
                    }
                }
                for (Node node : pointedAt) {
                    published.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (!submittedGraphs.contains(q.getGraph()) && !q.getGraph().getURI().equals(PROVENANCE)) {
                            check.add(context, q.getSubject(), q.getPredicate(), q.getObject());
                        }
                    });
                }
            });
        });
        ValidationReport.Builder kept = ValidationReport.create();
        Set<String> seen = new HashSet<>();
        for (GraphReport report : validator.validateDataset(check)) {
            for (ReportEntry entry : report.report().getEntries()) {
                // The shared graphs are validated with each article graph too: one result, reported once.
                if (subjects.contains(entry.focusNode()) && seen.add(validator.violation(entry).toString())) {
                    kept.addReportEntry(entry);
                }
            }
        }
        return kept.build();
    }
}
