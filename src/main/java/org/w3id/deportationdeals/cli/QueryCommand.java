package org.w3id.deportationdeals.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query FILE.rq --data FILE}: runs a SPARQL query over RDF files, the union of their graphs as default graph. */
@Command(name = "query", description = "Run a SPARQL query file over RDF data files (the default graph is the union"
        + " of all their graphs, as on the server). SELECT/ASK print csv, tsv, json, xml or a text table;"
        + " CONSTRUCT/DESCRIBE print Turtle.")
final class QueryCommand extends KgCommand {
    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path queryFile;

    @Option(names = "--data", paramLabel = "FILE", required = true, split = ",",
            description = "RDF data (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML); repeat or comma-separate for several.")
    List<Path> data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "Result format for SELECT and ASK: csv, tsv, json, xml or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        Query query = parse(queryFile);
        Lang lang = resultLang(format);
        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        data.forEach(file -> RdfInput.read(loaded, file));
        // A TDB2 in-memory copy gives the same union default graph as the server.
        DatasetGraph dataset = TDB2Factory.createDataset().asDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.executeWrite(() -> loaded.find().forEachRemaining(dataset::add));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        dataset.executeRead(() -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    if (lang == null) {
                        ResultSetFormatter.out(stream, org.apache.jena.query.ResultSet.adapt(rows), query.getPrefixMapping());
                    } else {
                        ResultSetMgr.write(stream, org.apache.jena.query.ResultSet.adapt(rows), lang);
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.ask();
                    if (lang == null) {
                        out().println(answer ? "yes" : "no");
                    } else {
                        ResultSetMgr.write(stream, answer, lang);
                    }
                } else {
                    RDFDataMgr.write(stream, query.isConstructType() ? exec.construct() : exec.describe(), Lang.TURTLE);
                }
            }
        });
        out().print(stream.toString(StandardCharsets.UTF_8));
        out().flush();
        return ExitCodes.OK;
    }

    static Query parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file + ": no such query file");
        }
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            throw new InputProblem(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputProblem(file + ": " + e.getMessage(), e);
        }
    }

    /** The result syntax, or null for a text table. */
    private Lang resultLang(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            case "xml" -> ResultSetLang.RS_XML;
            case "text" -> null;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be csv, tsv, json, xml or text, not " + name);
        };
    }
}
