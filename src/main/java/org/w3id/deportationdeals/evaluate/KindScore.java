package org.w3id.deportationdeals.evaluate;

/**
 * The counts of one kind of fact (or of all kinds, micro-averaged) and the measures made from them.
 * With nothing found, precision is 1 (nothing claimed, nothing wrong); with nothing to find, recall is 1.
 *
 * @param kind            the ontology class local name, or {@code ALL} for the micro-average
 * @param truePositives   gold facts an extracted fact agrees with
 * @param falsePositives  extracted facts that agree with no gold fact
 * @param falseNegatives  gold facts no extracted fact agrees with
 */
public record KindScore(String kind, int truePositives, int falsePositives, int falseNegatives) {

    public static final String ALL = "ALL";

    public int gold() { return truePositives + falseNegatives; }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        return gold() == 0 ? 1.0 : (double) truePositives / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    KindScore plus(KindScore other) {
        return new KindScore(kind, truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }
}
