package org.w3id.deportationdeals.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Does the extraction find what the seed articles say? Every kind of fact the seed gold holds must reach precision
 * 0.95 and recall 0.90.
 */
class SeedExtractionQualityTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;

    @Test
    void everyKindOfSeedFactIsFoundPreciselyAndNearlyCompletely() {
        EvaluationReport report = Evaluation.create().evaluate(Path.of("articles"), GoldFilesTest.SEED_GOLD);
        System.out.println("Seed extraction quality:\n" + report.table());
        List<KindScore> below = report.kinds().stream()
                .filter(k -> k.gold() > 0 && (k.precision() < MIN_PRECISION || k.recall() < MIN_RECALL)).toList();
        assertTrue(below.isEmpty(), () -> "kinds below precision " + MIN_PRECISION + " or recall " + MIN_RECALL + ": "
                + below.stream().map(KindScore::kind).collect(Collectors.joining(", ")) + "\n" + report.table()
                + Listing.of(report));
    }
}
