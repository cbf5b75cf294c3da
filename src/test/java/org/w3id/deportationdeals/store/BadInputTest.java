package org.w3id.deportationdeals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.deportationdeals.corpus.ArticleException;

/** A folder with broken articles beside a good one: each broken one is named, the good one still loads. */
class BadInputTest {
    @TempDir
    Path folder;

    @Test
    void eachBrokenArticleIsNamedAndTheGoodOneStillLoads() throws IOException {
        Files.copy(Path.of("articles/003_d8657b177fc2427a.txt"), folder.resolve("good.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, (byte) 0xff, 0x00});
        byte[] invalid = "Line one is fine.\nLine two has a bad byte: \u0000".getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 1] = (byte) 0xc3; // a lead byte with no continuation
        Files.write(folder.resolve("invalid-utf8.txt"), invalid);
        Files.writeString(folder.resolve("broken-front-matter.txt"),
                "---\ntitle: A report\nthis line has no key\n---\nKosovo has agreed to accept up to 50 people.\n");

        BuiltGraph built = CorpusLoader.create().build(folder);
        BuildReport report = built.report();
        assertEquals(1, report.articlesRead(), report.summary());
        List<String> errors = report.articleErrors().stream().map(ArticleException::getMessage).toList();
        assertEquals(4, errors.size(), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("empty.txt")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("binary.txt")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("invalid-utf8.txt") && m.contains(":2")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("broken-front-matter.txt:3")), errors::toString);
        assertTrue(report.factsLoaded() > 20, report.summary());
        assertTrue(built.dataset().calculateRead(() -> built.dataset()
                .containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                        "https://w3id.org/deportation-deals/graph/article/good"))));
    }
}
