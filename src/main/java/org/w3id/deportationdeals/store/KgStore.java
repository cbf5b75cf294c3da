package org.w3id.deportationdeals.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The published knowledge graph: a TDB2 dataset in a folder, or in memory. Its default graph, as queried, is the
 * union of its named graphs (the ontology, the reference data and one graph per article).
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("data/tdb2"))) {
 *     if (store.isEmpty()) store.replaceWith(CorpusLoader.create().build(Path.of("articles")).dataset());
 *     server = KgServer.builder().dataset(store.datasetGraph()).build();
 * }
 * }</pre>
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;

    private KgStore(Dataset dataset) {
        this.dataset = dataset;
        // Queries see every named graph as one default graph; GRAPH still picks out single articles.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the TDB2 database in this folder. */
    public static KgStore open(Path folder) {
        return new KgStore(TDB2Factory.connectDataset(folder.toString()));
    }

    /** A TDB2 dataset held in memory, gone when the process ends. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset());
    }

    public boolean isEmpty() {
        return dataset.calculateRead(() -> !dataset.asDatasetGraph().find().hasNext());
    }

    /**
     * Replaces the whole content with the given dataset's named graphs in one write transaction: a reader, or the
     * database after a crash, sees either all of the old content or all of the new.
     */
    public void replaceWith(DatasetGraph built) {
        DatasetGraph target = dataset.asDatasetGraph();
        built.executeRead(() -> target.executeWrite(() -> {
            target.clear();
            if (target.find().hasNext()) {
                // Aborts the transaction: the old content stays whole rather than mixed with the new.
                throw new IllegalStateException("the store could not be emptied before loading: " + target.find().next());
            }
            built.find().forEachRemaining(target::add);
        }));
    }

    /** The dataset to query or publish (union default graph). */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Releases the database, so that the folder can be opened again in this JVM or by another process. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
