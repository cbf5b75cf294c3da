package org.w3id.deportationdeals.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.corpus.CorpusReading;

/** The gold files are well-formed and belong to articles that exist. */
class GoldFilesTest {
    static final Path SEED_GOLD = Path.of("src/test/resources/evaluation/seed-gold");
    static final Path HELDOUT_ARTICLES = Path.of("src/test/resources/evaluation/heldout/articles");
    static final Path HELDOUT_GOLD = Path.of("src/test/resources/evaluation/heldout/gold");

    private final ComparedRoles compared = ComparedRoles.bundled();

    @Test
    void everySeedArticleHasGoldAndTheCountryListGivesSevenAgreedAndFiftyOneAsked() {
        Map<String, List<ComparedFact>> gold = GoldFile.readFolder(SEED_GOLD, compared);
        Set<String> articleIds = Corpus.readFolder(Path.of("articles")).articles().stream()
                .map(a -> a.id()).collect(Collectors.toSet());
        assertEquals(articleIds, gold.keySet());
        Scorer scorer = new Scorer(compared);
        List<ComparedFact> preview = scorer.collapseGold(gold.get("004_bd655c6b134a1c81").stream()
                .flatMap(f -> scorer.split(f).stream()).toList());
        Set<String> agreed = preview.stream().filter(f -> f.kind().equals("Response"))
                .filter(f -> f.roles().get("responseKind").equals(List.of("agreed")))
                .map(f -> f.roles().get("respondent").get(0)).collect(Collectors.toSet());
        assertEquals(Set.of("CR", "SV", "GT", "XK", "MX", "PA", "RW"), agreed);
        long asked = preview.stream().filter(f -> f.kind().equals("Request")).count();
        assertEquals(51, asked);
    }

    @Test
    void everyHeldOutArticleReadsAndHasGold() {
        CorpusReading reading = Corpus.readFolder(HELDOUT_ARTICLES);
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
        assertTrue(reading.articles().size() >= 10);
        Map<String, List<ComparedFact>> gold = GoldFile.readFolder(HELDOUT_GOLD, compared);
        assertEquals(reading.articles().stream().map(a -> a.id()).collect(Collectors.toSet()), gold.keySet());
        reading.articles().forEach(a -> {
            assertTrue(a.published().isPresent() && a.title().isPresent() && a.publisher().isPresent(), a.id());
            int words = a.body().trim().split("\\s+").length;
            assertTrue(words >= 150 && words <= 400, a.id() + " has " + words + " words");
        });
        assertTrue(Files.exists(SEED_GOLD.resolve("README.md")));
    }
}
