package org.w3id.deportationdeals.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One article of the corpus: its metadata from the optional front-matter block and its body text, byte for byte
 * as in the file after the front matter. Offsets everywhere in the project count from the start of {@code body}.
 *
 * @param id        stable identifier, the file name without its extension (used in IRIs)
 * @param source    the file it was read from
 * @param metadata  front-matter {@code key: value} pairs in file order (empty without front matter)
 * @param body      the text after the front matter
 * @param bodyLine  1-based line number in the file where the body starts (for error messages)
 * @param published publication date from {@code published:}, else the date a raw page stamps on one of its first
 *                  lines ({@code publication-stamps.txt}); empty when unknown
 * @param sentences the sentences of the body, in order, boilerplate and repeated paragraphs left out
 */
public record Article(String id, Path source, Map<String, String> metadata, String body, int bodyLine,
                      Optional<LocalDate> published, List<Sentence> sentences) {

    public Optional<String> meta(String key) { return Optional.ofNullable(metadata.get(key)); }
    public Optional<String> title() { return meta("title"); }
    public Optional<String> publisher() { return meta("publisher"); }
    public Optional<String> author() { return meta("author"); }
    public Optional<String> url() { return meta("url"); }
}
