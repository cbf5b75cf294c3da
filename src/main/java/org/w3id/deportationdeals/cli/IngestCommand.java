package org.w3id.deportationdeals.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.deportationdeals.store.Curation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;

/** {@code ingest ARTICLE… | --triples FILE… | --resubmit ID}: stage a submission for review. */
@Command(name = "ingest", description = "Read, extract, validate and stage new articles (or hand-written RDF with --triples) as one"
        + " submission for review. Nothing is published until 'publish'. A submission that cannot be read or does not conform"
        + " goes whole to the quarantine (exit 1); fix its files there and run 'ingest --resubmit ID'.")
final class IngestCommand extends CurationCommand {
    @Parameters(paramLabel = "ARTICLE", arity = "0..*", description = "Article files (UTF-8 text with front matter).")
    List<Path> articles = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Other other;

    static final class Other {
        @Option(names = "--triples", paramLabel = "FILE", arity = "1..*",
                description = "RDF files instead of articles: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.")
        List<Path> triples;

        @Option(names = "--resubmit", paramLabel = "ID", description = "Try a quarantined submission again, with its fixed files.")
        String resubmit;
    }

    @Override
    public Integer call() {
        boolean hasOther = other != null && (other.triples != null || other.resubmit != null);
        if (articles.isEmpty() == !hasOther) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Name article files, or --triples FILE…, or --resubmit ID (exactly one of them).");
        }
        Curation.Ingested result = withCuration(curation -> {
            if (!articles.isEmpty()) {
                return curation.ingestArticles(articles, curator);
            }
            return other.triples != null ? curation.ingestTriples(other.triples, curator) : curation.resubmit(other.resubmit, curator);
        });
        if (result.accepted()) {
            out().println(result.id());
            err().println("staged: " + result.staged().line());
            err().println("review it with: review " + result.id() + "   publish it with: publish " + result.id());
            return ExitCodes.OK;
        }
        err().println("quarantined " + result.id() + " in " + result.quarantined().folder() + ":");
        result.quarantined().report().forEach(line -> err().println("  " + line));
        err().println("fix the files in " + result.quarantined().folder().resolve("files") + " and run: ingest --resubmit " + result.id());
        out().println(result.id());
        return ExitCodes.NOT_CONFORMING;
    }
}
