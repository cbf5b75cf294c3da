package org.w3id.deportationdeals.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles in {@code articles/}, read as the loaders read them. */
class SeedArticlesTest {
    static final Path ARTICLES = Path.of("articles");
    static final Path SEEDS = Path.of("..", "shared", "seeds");
    static final String NYT_TITLE = "Inside the Global Deal-Making Behind Trump’s Mass Deportations";
    static final String FULL_REPORT = "003_d8657b177fc2427a";

    static CorpusReading corpus;

    @BeforeAll
    static void readFolder() {
        corpus = Corpus.readFolder(ARTICLES);
    }

    static Article article(String id) {
        return corpus.articles().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("article " + id + " not read"));
    }

    static List<String> texts(Article article) {
        return article.sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void allFiveSeedArticlesLoadInFileNameOrderWithoutErrors() {
        assertEquals(List.of(), corpus.errors());
        assertEquals(List.of("000_80354820fcb46e0b", "001_7f00f33d0cafeccf", "002_4716038df31e565a",
                FULL_REPORT, "004_bd655c6b134a1c81"), corpus.articles().stream().map(Article::id).toList());
    }

    @Test
    void frontMatterGivesTitlePublisherDateRoleAndRelation() {
        Article full = article(FULL_REPORT);
        assertEquals(Optional.of(NYT_TITLE), full.title());
        assertEquals(Optional.of("The New York Times"), full.publisher());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 25)), full.published());
        assertEquals(Optional.of("full-report"), full.meta("role"));
        assertEquals(7, full.bodyLine());

        Article repost = article("002_4716038df31e565a");
        assertEquals(Optional.of("American Renaissance"), repost.publisher());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), repost.published());
        assertEquals(Optional.of(FULL_REPORT), repost.meta("repost-of"));

        Article preview = article("004_bd655c6b134a1c81");
        assertEquals(List.of("title", "publisher", "published", "role", "preview-of", "graphic-by"),
                List.copyOf(preview.metadata().keySet()));
        assertEquals(Optional.of("Lazaro Gamio"), preview.meta("graphic-by"));
    }

    @Test
    void rewritesWithUnknownPublisherAndDateLeaveThemEmpty() {
        Article rewrite = article("001_7f00f33d0cafeccf");
        assertEquals(Optional.of("Global Cooperation in Mass Deportations: The U.S. Effort to Redirect Deportees"),
                rewrite.title());
        assertEquals(Optional.empty(), rewrite.publisher());
        assertEquals(Optional.empty(), rewrite.published());
        assertEquals(Map.of("title", rewrite.title().get(), "role", "rewrite", "rewrite-of", FULL_REPORT),
                rewrite.metadata());
    }

    @Test
    void eachBodyIsTheSeedFileByteForByte() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed folder ../shared/seeds not present");
        try (var seeds = Files.list(SEEDS)) {
            List<Path> files = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, files.size());
            for (Path seed : files) {
                byte[] seedBytes = Files.readAllBytes(seed);
                byte[] articleBytes = Files.readAllBytes(ARTICLES.resolve(seed.getFileName()));
                byte[] tail = Arrays.copyOfRange(articleBytes, articleBytes.length - seedBytes.length,
                        articleBytes.length);
                assertArrayEquals(seedBytes, tail, seed + " is not the tail of its article file");
                String id = seed.getFileName().toString().replace(".txt", "");
                assertEquals(new String(seedBytes, StandardCharsets.UTF_8), article(id).body(), id);
            }
        }
    }

    @Test
    void everySentenceOfTheFullReportIsItsBodySpanAndHasNoCurlyQuotesWhenNormalised() {
        Article full = article(FULL_REPORT);
        assertEquals(110, full.sentences().size());
        int previousEnd = 0;
        for (int i = 0; i < full.sentences().size(); i++) {
            Sentence s = full.sentences().get(i);
            assertEquals(i, s.index());
            assertEquals(FULL_REPORT, s.articleId());
            assertEquals(full.body().substring(s.start(), s.end()), s.text());
            assertEquals(s.text().strip(), s.text());
            assertTrue(s.start() >= previousEnd, "sentences overlap at " + s);
            previousEnd = s.end();
            assertFalse(s.normalised().matches("(?s).*[‘’“”—–\u00a0].*"), s.normalised());
        }
        Sentence quote = full.sentences().stream().filter(s -> s.text().startsWith("“They’re succeeding"))
                .findFirst().orElseThrow();
        assertTrue(quote.normalised().startsWith("\"They're succeeding in terrorizing people,\" said Eric Rubin"));
    }

    @Test
    void usDiplomatsIsNotSplitAfterUS() {
        List<String> sentences = texts(article(FULL_REPORT));
        assertTrue(sentences.contains(
                "U.S. diplomats in several overseas missions received an urgent cable from Washington this spring."));
        assertTrue(sentences.contains("After Mr. Trump took office on Jan. 20, he and Mr. Rubio immediately focused"
                + " on carrying out mass deportations."));
        assertFalse(sentences.contains("U.S."));
        assertTrue(sentences.stream().noneMatch(s -> s.endsWith(" U.S.") || s.endsWith(" Mr.")));
    }

    @Test
    void rubiosQuoteWithANestedQuestionStaysOneSentenceEndingAtTheClosingQuote() {
        List<String> sentences = texts(article(FULL_REPORT));
        String rubio = "At a cabinet meeting, Secretary of State Marco Rubio spoke with passion about the process:"
                + " “We are working with other countries to say, ‘We want to send you some of the most despicable"
                + " human beings to your countries, and will you do that as a favor to us?’ And the farther away"
                + " from America the better, so they can’t come back across the border.”";
        assertTrue(sentences.contains(rubio));
        // a quote that ends a sentence inside the line keeps its closing mark and the next sentence starts after it
        int invasion = sentences.indexOf("Mr. Trump and his aides have cast the campaign as an effort to remove"
                + " criminals or anti-American actors and stem an “invasion.”");
        assertTrue(invasion >= 0);
        assertTrue(sentences.get(invasion + 1).startsWith("But they have not presented evidence"));
    }

    @Test
    void reportingCreditAndReactionWidgetYieldNoSentences() {
        List<String> sentences = texts(article(FULL_REPORT));
        assertTrue(sentences.stream().noneMatch(s -> s.contains("contributed reporting")));
        assertTrue(sentences.stream().noneMatch(s -> s.contains("Reaction")));
        assertEquals("“Imagine that this happens when you may not be able to access a lawyer to represent you prior"
                + " to being deported to such a place. This is what the Trump administration is pursuing.”",
                sentences.get(sentences.size() - 1));
    }

    @Test
    void repeatedParagraphsAndTitleOfTheRewriteAppearOnce() {
        List<String> sentences = texts(article("000_80354820fcb46e0b"));
        assertEquals(1, sentences.stream().filter("Global Negotiations Fuel U.S. Deportation Policies"::equals).count());
        for (String start : List.of("Recent communications from Washington", "Among those responding positively",
                "In pursuit of this ambitious aim", "Conversely, countries like Peru", "Moreover, recent plans",
                "According to a cable dated March 12", "These developments underscore")) {
            assertEquals(1, sentences.stream().filter(s -> s.startsWith(start)).count(), start);
        }
        assertEquals(12, sentences.size());
        List<String> other = texts(article("001_7f00f33d0cafeccf"));
        assertEquals(1, other.stream()
                .filter("Global Cooperation in Mass Deportations: The U.S. Effort to Redirect Deportees"::equals).count());
    }

    @Test
    void theFiftyEightCountriesOfThePreviewGraphicAreOneSentenceEachWithoutTheBullet() {
        Article preview = article("004_bd655c6b134a1c81");
        String body = preview.body();
        List<Sentence> items = preview.sentences().stream()
                .filter(s -> body.startsWith("- ", s.start() - 2)).toList();
        assertEquals(58, items.size());
        assertEquals("Costa Rica", items.get(0).text());
        assertEquals("São Tomé and Príncipe", items.get(39).text());
        assertEquals("St. Kitts and Nevis", items.get(42).text());
        assertEquals("Zimbabwe", items.get(57).text());
        // the graphic's headline lines are sentences too; the loaders read the counts from them
        assertTrue(texts(preview).contains("7 countries have agreed to accept deportees who are not their citizens"));
        assertTrue(texts(preview).contains(
                "51 countries have been asked or will be asked to accept deportees who are not their citizens"));
    }

    @Test
    void paywallNoticeDataNoteBylineGraphicControlAndMastheadOfThePreviewYieldNoSentences() {
        List<String> sentences = texts(article("004_bd655c6b134a1c81"));
        assertEquals(74, sentences.size());
        assertEquals("U.S. diplomats in several overseas missions received an urgent cable from Washington this spring.",
                sentences.get(0));
        for (String noise : List.of("preview view", "checking your access", "Note:", "Data is based on",
                "Lazaro Gamio", "Full list", "The New York Times")) {
            assertTrue(sentences.stream().noneMatch(s -> s.contains(noise)), noise);
        }
    }

    @Test
    void snipMarksSiteStampAndFeedFooterOfTheRepostYieldNoSentences() {
        Article repost = article("002_4716038df31e565a");
        List<String> sentences = texts(repost);
        assertTrue(sentences.stream().noneMatch(s -> s.contains("snip")));
        assertTrue(sentences.stream().noneMatch(s -> s.contains("American Renaissance")));
        assertTrue(sentences.stream().noneMatch(s -> s.contains("appeared first on")));
        // "{snip} Administration officials say ..." keeps the text after the mark, with its own offsets
        Sentence afterCut = repost.sentences().stream()
                .filter(s -> s.text().startsWith("Administration officials say")).findFirst().orElseThrow();
        assertEquals("{snip} ", repost.body().substring(afterCut.start() - 7, afterCut.start()));
        assertEquals(30, sentences.size());
    }
}
