package org.w3id.deportationdeals.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Does the extraction read reports it was never tuned on? Issue #3 sets the bar at micro-averaged recall 0.80 with
 * precision 0.90 over the held-out wire reports. Measured on 2026-11-23: precision 0.986 and recall 0.711 in the first
 * version, 0.987 and 0.773 after the rules were generalised on five more development batches, 0.987 and 0.794 after
 * three more, 0.988 and 0.825 (80 of 97 facts) after the batches d130 to d213. The bar is met, and this test now
 * fails when the held-out scores fall under it; it prints the table. Nobody tuning rules may read these articles or
 * their gold.
 */
class HeldOutExtractionQualityTest {
    /** The bar. */
    static final double BAR_PRECISION = 0.90;
    static final double BAR_RECALL = 0.80;
    /** The guard is the bar itself now that the rules reach it. */
    static final double GUARD_PRECISION = BAR_PRECISION;
    static final double GUARD_RECALL = BAR_RECALL;

    @Test
    void unseenReportsReadNoWorseThanTheLastMeasurement() {
        EvaluationReport report = Evaluation.create().evaluate(GoldFilesTest.HELDOUT_ARTICLES, GoldFilesTest.HELDOUT_GOLD);
        KindScore all = report.overall();
        System.out.printf("Held-out extraction quality (issue bar: precision %.2f, recall %.2f; %s):%n%s%n",
                BAR_PRECISION, BAR_RECALL,
                all.precision() >= BAR_PRECISION && all.recall() >= BAR_RECALL ? "met" : "NOT met", report.table());
        assertTrue(all.gold() > 0 && all.precision() >= GUARD_PRECISION && all.recall() >= GUARD_RECALL,
                () -> "micro precision " + all.precision() + " recall " + all.recall() + " fell under the guard\n"
                        + report.table() + Listing.of(report));
    }
}
