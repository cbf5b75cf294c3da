package org.w3id.deportationdeals.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.ResourceUtils;

/**
 * Merges statements of one fact that identity alone keeps apart. Fact IRIs come from a kind's identity roles, the
 * date among them, so "That same month, Costa Rica took 200 deportees" (no date the sentence can resolve) and "In
 * February, Costa Rica received 200 deportees" mint two IRIs. An undated statement whose other identity roles match
 * exactly one dated fact of the corpus is taken to be that fact; where several dated facts match, it is left alone,
 * since it cannot be told which one it states.
 *
 * <pre>{@code List<ArticleGraph> reconciled = Reconciler.reconcile(graphs);}</pre>
 * <p>Ingesting articles into a store reconciles them against the dated facts already published as well.
 */
public final class Reconciler {
    private Reconciler() {}

    /** The same article graphs, with undated statements renamed to the one dated fact they state. */
    public static List<ArticleGraph> reconcile(List<ArticleGraph> graphs) {
        return reconcile(graphs, Map.of());
    }

    /**
     * As {@link #reconcile(List)}, with the dated facts already published counted among the candidates: an undated
     * statement of a newly ingested article joins the one dated fact, published or new, it matches.
     *
     * @param published the dated fact IRIs of the published graph, by their undated IRI
     *                  ({@link FactKeys#undatedIri(String, String)})
     */
    public static List<ArticleGraph> reconcile(List<ArticleGraph> graphs, Map<String, Set<String>> published) {
        Map<String, Set<String>> datedByUndated = new HashMap<>();
        published.forEach((undated, dated) -> datedByUndated.computeIfAbsent(undated, k -> new TreeSet<>()).addAll(dated));
        for (ArticleGraph graph : graphs) {
            for (FactGraph fact : graph.facts()) {
                if (fact.dated()) {
                    datedByUndated.computeIfAbsent(fact.undatedIri(), k -> new TreeSet<>()).add(fact.node().getURI());
                }
            }
        }
        List<ArticleGraph> out = new ArrayList<>(graphs.size());
        for (ArticleGraph graph : graphs) {
            List<FactGraph> facts = new ArrayList<>(graph.facts().size());
            for (FactGraph fact : graph.facts()) {
                Set<String> candidates = datedByUndated.getOrDefault(fact.undatedIri(), Set.of());
                if (!fact.dated() && candidates.size() == 1) {
                    Resource renamed = ResourceUtils.renameResource(fact.node(), candidates.iterator().next());
                    facts.add(new FactGraph(fact.match(), renamed, fact.model(), fact.undatedIri()));
                } else {
                    facts.add(fact);
                }
            }
            out.add(new ArticleGraph(graph.article(), graph.base(), facts));
        }
        return out;
    }
}
