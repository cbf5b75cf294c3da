package org.w3id.deportationdeals.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated data file of this package: {@code #} starts a comment line, blank lines are skipped, and every
 * other line is a row. Errors name the file and line so a curator can fix the data without reading Java.
 */
final class ResourceTable {

    /** One data line. Columns past the end of the line read as empty strings. */
    record Row(String file, int line, String[] cells) {
        String cell(int i) {
            return i < cells.length ? cells[i].trim() : "";
        }

        /** A required column: empty is an error naming the file, line and column. */
        String required(int i, String column) {
            String v = cell(i);
            if (v.isEmpty()) {
                throw error("missing " + column + " (column " + (i + 1) + ")");
            }
            return v;
        }

        /** A {@code |}-separated list column. */
        List<String> list(int i) {
            String v = cell(i);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private ResourceTable() {}

    static List<Row> read(String file) {
        String path = "/org/w3id/deportationdeals/extract/" + file;
        InputStream in = ResourceTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing data file on the classpath: " + path);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                rows.add(new Row(file, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }

    /** Every non-comment line's first column, for one-word-a-line lists. */
    static List<String> words(String file) {
        return read(file).stream().map(row -> row.required(0, "word")).toList();
    }
}
