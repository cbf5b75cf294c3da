package org.w3id.deportationdeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each competency query of {@code queries/} gives its expected answer on the seed corpus. The answers in
 * {@code src/test/resources/query-answers/<query>.csv} were written from the articles' text; rows compare as sets,
 * on the columns the expected file lists (free-text columns, whose wording varies between sources, may be left out).
 */
class QueryAnswersTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Path ANSWERS = Path.of("src/test/resources/query-answers");

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpectedOnTheSeedCorpus(String name) throws IOException {
        String text = Files.readString(QUERIES.resolve(name));
        assertTrue(text.startsWith("# Competency question:"), name + " must start with its competency question");
        Path answer = ANSWERS.resolve(name.replace(".rq", ".csv"));
        assertTrue(Files.exists(answer), "no expected answer " + answer);
        Set<Map<String, String>> expected = read(answer);
        List<Map<String, String>> allColumns = Sparql.selectQuery(SeedCorpus.union(), QueryFactory.create(text));
        Set<String> columns = expected.isEmpty() ? Set.of() : expected.iterator().next().keySet();
        List<Map<String, String>> actualRows = allColumns.stream().map(row -> project(row, columns)).toList();
        Set<Map<String, String>> actual = new HashSet<>(actualRows);
        assertEquals(actualRows.size(), actual.size(), name + " returned rows that differ only in columns left out of " + answer);
        List<Map<String, String>> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<Map<String, String>> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(),
                name + "\nmissing rows:\n" + lines(missing) + "\nunexpected rows:\n" + lines(unexpected));
    }

    private static Map<String, String> project(Map<String, String> row, Set<String> columns) {
        Map<String, String> kept = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (columns.contains(column)) {
                kept.put(column, value);
            }
        });
        return kept;
    }

    private static Set<Map<String, String>> read(Path csv) throws IOException {
        Set<Map<String, String>> rows = new HashSet<>();
        try (InputStream in = Files.newInputStream(csv)) {
            RowSet rowSet = RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_CSV));
            List<String> vars = rowSet.getResultVars().stream().map(v -> v.getVarName()).toList();
            rowSet.forEachRemaining(b -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (String var : vars) {
                    var node = b.get(var);
                    row.put(var, node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
                }
                rows.add(row);
            });
        }
        return rows;
    }

    private static String lines(List<Map<String, String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append("  ").append(r).append('\n'));
        return text.toString();
    }
}
