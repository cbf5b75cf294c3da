package org.w3id.deportationdeals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.deportationdeals.SeedCorpus;
import org.w3id.deportationdeals.Sparql;

/** The TDB2 store keeps the graph across restarts and queries the union of its named graphs as default graph. */
class KgStoreTest {
    @TempDir
    Path db;

    @Test
    void aStoredGraphSurvivesClosingAndReopening() {
        long quads = SeedCorpus.built().dataset().calculateRead(() -> (long) SeedCorpus.built().dataset().stream().count());
        try (KgStore store = KgStore.open(db)) {
            assertTrue(store.isEmpty());
            store.replaceWith(SeedCorpus.built().dataset());
            assertFalse(store.isEmpty());
        }
        try (KgStore store = KgStore.open(db)) {
            assertFalse(store.isEmpty());
            assertEquals(quads, store.datasetGraph().calculateRead(() -> (long) store.datasetGraph().stream().count()));
            List<Map<String, String>> rows = Sparql.select(store.datasetGraph(),
                    "SELECT (COUNT(*) AS ?n) WHERE { ?p a dd:Payment }");
            assertTrue(Integer.parseInt(rows.get(0).get("n")) >= 2, rows::toString);
        }
    }

    @Test
    void replacingTheContentLeavesNoTraceOfTheOld() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceWith(SeedCorpus.built().dataset());
            store.replaceWith(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem());
            assertTrue(store.isEmpty());
        }
    }
}
