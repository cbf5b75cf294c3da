package org.w3id.deportationdeals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.deportationdeals.graph.Prefixes;

/** Test support: SELECT queries over a dataset as rows of plain strings (IRIs and lexical forms). */
public final class Sparql {
    private Sparql() {}

    private static final String PREFIXES = buildPrefixes();

    private static String buildPrefixes() {
        StringBuilder text = new StringBuilder();
        Prefixes.MAP.forEach((p, ns) -> text.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return text.toString();
    }

    /** A TDB2 in-memory copy of the dataset whose default graph is the union of its named graphs, as served. */
    public static DatasetGraph unionView(DatasetGraph built) {
        DatasetGraph copy = TDB2Factory.createDataset().asDatasetGraph();
        copy.getContext().set(TDB2.symUnionDefaultGraph, true);
        built.executeRead(() -> copy.executeWrite(() -> built.find().forEachRemaining(copy::add)));
        return copy;
    }

    /** Runs a SELECT (the project's prefixes are declared for it). */
    public static List<Map<String, String>> select(DatasetGraph dataset, String query) {
        return selectQuery(dataset, QueryFactory.create(PREFIXES + query));
    }

    public static List<Map<String, String>> selectQuery(DatasetGraph dataset, Query query) {
        List<Map<String, String>> rows = new ArrayList<>();
        dataset.executeRead(() -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rowSet = exec.select();
                List<String> vars = rowSet.getResultVars().stream().map(v -> v.getVarName()).toList();
                rowSet.forEachRemaining(binding -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String var : vars) {
                        Node node = binding.get(var);
                        row.put(var, node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
                    }
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    /** The values of one column. */
    public static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }
}
