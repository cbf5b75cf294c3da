package org.w3id.deportationdeals.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.corpus.Sentence;

/** Made-up articles of given sentences, one sentence each, for tests of rules on wire-style text. */
final class Articles {
    private Articles() {}

    static Article of(LocalDate published, String... sentences) {
        StringBuilder body = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (String text : sentences) {
            if (body.length() > 0) {
                body.append(' ');
            }
            int start = body.length();
            body.append(text);
            list.add(new Sentence("test", list.size(), start, body.length(), text, Corpus.normalise(text)));
        }
        return new Article("test", Path.of("test.txt"), Map.of(), body.toString(), 1, Optional.ofNullable(published), list);
    }

    static Article of(String... sentences) {
        return of(LocalDate.of(2025, 6, 25), sentences);
    }

    static Article seed(String prefix) throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("articles"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Corpus.read(file);
        }
    }
}
