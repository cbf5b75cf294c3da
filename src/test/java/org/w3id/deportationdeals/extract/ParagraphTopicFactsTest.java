package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.deportationdeals.extract.Facts.key;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Which country a sentence that names none is about, when a new paragraph opens with another country than the
 * transfer reported before: an explainer's list items, each under its country.
 */
class ParagraphTopicFactsTest {
    private final Extractor extractor = Extractor.load();

    /** An article of the given paragraphs (separated by line breaks), one sentence per full stop. */
    private static Article paragraphs(String... paragraphs) {
        String body = String.join("\n", paragraphs);
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String text : body.split("(?<=\\.)\\s+")) {
            int at = body.indexOf(text, start);
            sentences.add(new Sentence("explainer", sentences.size(), at, at + text.length(), text, Corpus.normalise(text)));
            start = at + text.length();
        }
        return new Article("explainer", Path.of("explainer.txt"), Map.of(), body, 1,
                Optional.of(LocalDate.of(2026, 1, 8)), sentences);
    }

    private List<String> destinations(Article a) {
        return Facts.ofKind(extractor.extract(a), "Transfer").stream().map(m -> key(m, "destination")).sorted().toList();
    }

    @Test
    void aListItemsArrivalsGoToTheCountryOfItsHeadingNotToTheItemBefore() {
        Article a = paragraphs(
                "- South Sudan: eight men from Cuba and Laos were flown to Juba in July.",
                "- Eswatini: the kingdom agreed to take up to 160 people. Five men arrived in July.");
        assertEquals(List.of("SS", "SZ"), destinations(a));
    }

    @Test
    void aCountryNamedLaterInTheParagraphIsNoTopic() {
        // Senegal is where the plane refuelled, not what the paragraph is about: the men are Eswatini's arrivals.
        Article a = paragraphs(
                "Ten men deported from the United States landed in Eswatini on Monday.",
                "The aircraft, which refuelled in Dakar, Senegal, touched down at midday. The men are nationals of Vietnam and Cuba.");
        assertEquals(List.of("SZ"), destinations(a).stream().distinct().toList());
    }
}
