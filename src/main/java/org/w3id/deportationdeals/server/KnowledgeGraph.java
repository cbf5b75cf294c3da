package org.w3id.deportationdeals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Read access to the published dataset for the pages the server renders itself. Pages see the same graph a query
 * sees by default: the union of the named graphs (plus the stored default graph, empty in a TDB2 store with a union
 * default graph but used by small in-memory datasets). Each call runs in its own read transaction, so a page is
 * consistent even while the store is being replaced.
 */
final class KnowledgeGraph {

    private final DatasetGraph dataset;

    KnowledgeGraph(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** Runs {@code reader} on the union graph inside a read transaction. */
    <T> T read(Function<Graph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(union(dataset)));
    }

    /** Runs {@code reader} on the dataset itself (for named-graph access) inside a read transaction. */
    <T> T readDataset(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /** The union view of a dataset; only valid inside a read transaction. */
    static Graph union(DatasetGraph dataset) {
        return new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
    }

    /** The names of the named graphs, sorted; only valid inside a read. */
    static List<Node> graphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        return names;
    }
}
