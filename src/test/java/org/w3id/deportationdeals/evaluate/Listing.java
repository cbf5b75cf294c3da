package org.w3id.deportationdeals.evaluate;

/** Test support: the missed and spurious facts of a report, one a line with its sentence, for failure messages. */
final class Listing {
    private Listing() {}

    static String of(EvaluationReport report) {
        ComparedRoles compared = ComparedRoles.bundled();
        StringBuilder out = new StringBuilder("\nmissed:\n");
        report.missed().forEach(f -> out.append("  ").append(f.articleId()).append("  ")
                .append(f.describe(compared.roles(f.kind()))).append("  | ").append(f.sentence()).append('\n'));
        out.append("spurious:\n");
        report.spurious().forEach(f -> out.append("  ").append(f.articleId()).append("  ")
                .append(f.describe(compared.roles(f.kind()))).append("  [").append(f.origin()).append("] ")
                .append(f.sentence().replaceAll("\\s+", " ")).append('\n'));
        return out.toString();
    }
}
