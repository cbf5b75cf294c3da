package org.w3id.deportationdeals.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A submission that failed to read or validate, kept whole: its files (which the curator may fix in place) and
 * the report that says why.
 *
 * @param id     the submission id, for {@code ingest --resubmit ID}
 * @param kind   {@code articles} or {@code triples}
 * @param folder the folder that holds {@code files/} and {@code report.txt}
 * @param files  the submitted files, in the quarantine folder
 * @param report the problems, one per line, each naming the file (and line where known)
 */
public record Quarantined(String id, String kind, Path folder, List<Path> files, List<String> report) {}
