package org.w3id.deportationdeals;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.deportationdeals.store.BuiltGraph;
import org.w3id.deportationdeals.store.CorpusLoader;

/** Test support: the seed corpus of {@code articles/}, built once per test run. */
public final class SeedCorpus {
    private SeedCorpus() {}

    public static final Path ARTICLES = Path.of("articles");
    private static BuiltGraph built;
    private static DatasetGraph union;

    public static synchronized BuiltGraph built() {
        if (built == null) {
            built = CorpusLoader.create().build(ARTICLES);
        }
        return built;
    }

    /** The built dataset with the union default graph the server gives. */
    public static synchronized DatasetGraph union() {
        if (union == null) {
            union = Sparql.unionView(built().dataset());
        }
        return union;
    }
}
