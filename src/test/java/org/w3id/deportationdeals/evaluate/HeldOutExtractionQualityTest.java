package org.w3id.deportationdeals.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Does the extraction read reports it was never tuned on? Over the held-out wire reports, micro-averaged recall must
 * reach 0.80 and precision 0.90. Nobody tuning rules may read these articles or their gold.
 */
class HeldOutExtractionQualityTest {
    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.80;

    @Test
    void unseenReportsAreReadWithMicroRecallAndPrecisionAboveTheBar() {
        EvaluationReport report = Evaluation.create().evaluate(GoldFilesTest.HELDOUT_ARTICLES, GoldFilesTest.HELDOUT_GOLD);
        System.out.println("Held-out extraction quality:\n" + report.table());
        KindScore all = report.overall();
        assertTrue(all.gold() > 0 && all.precision() >= MIN_PRECISION && all.recall() >= MIN_RECALL,
                () -> "micro precision " + all.precision() + " recall " + all.recall() + "\n" + report.table()
                        + Listing.of(report));
    }
}
