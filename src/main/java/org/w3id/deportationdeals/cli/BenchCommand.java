package org.w3id.deportationdeals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.corpus.CorpusReading;
import org.w3id.deportationdeals.store.BuiltGraph;
import org.w3id.deportationdeals.store.CorpusLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: how long building the graph takes in a warm JVM. Prints figures; asserts nothing. */
@Command(name = "bench", description = "Time the build of a folder of articles (reading, extraction, graph building and"
        + " SHACL validation) in a warm JVM, and print the figures.")
final class BenchCommand extends KgCommand {
    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "articles",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed builds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "10", description = "Timed builds (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (!Files.isDirectory(articles)) {
            throw new InputProblem(articles + ": no such folder of articles");
        }
        if (runs < 1 || warmup < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup at least 0");
        }
        long start = System.nanoTime();
        CorpusLoader loader = CorpusLoader.create();
        double setupMs = (System.nanoTime() - start) / 1e6;
        BuiltGraph last = null;
        for (int i = 0; i < warmup; i++) {
            last = loader.build(articles);
        }
        List<Double> buildMs = new ArrayList<>();
        List<Double> readMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            CorpusReading reading = Corpus.readFolder(articles);
            long t1 = System.nanoTime();
            last = loader.build(reading.articles(), reading.errors());
            long t2 = System.nanoTime();
            readMs.add((t1 - t0) / 1e6);
            buildMs.add((t2 - t0) / 1e6);
        }
        BuiltGraph finalBuild = last;
        long quads = finalBuild == null ? 0 : finalBuild.dataset().calculateRead(() -> finalBuild.dataset().stream().count());
        out().printf("articles: %s (%s)%n", articles, last == null ? "-" : last.report().summary());
        out().printf("quads: %d%n", quads);
        out().printf("setup (rules, gazetteers, shapes): %.1f ms%n", setupMs);
        out().printf("read articles:  median %.1f ms%n", median(readMs));
        out().printf("full build (read, extract, build, validate), %d runs after %d warm-up: median %.1f ms, min %.1f ms, max %.1f ms%n",
                runs, warmup, median(buildMs), Collections.min(buildMs), Collections.max(buildMs));
        return ExitCodes.OK;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
