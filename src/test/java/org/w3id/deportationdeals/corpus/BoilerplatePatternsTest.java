package org.w3id.deportationdeals.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pattern files are data a curator edits: every entry must say what it is and match its own example. */
class BoilerplatePatternsTest {
    final Boilerplate boilerplate = Boilerplate.standard();

    @Test
    void everyBoilerplatePatternIsDescribedAndMatchesItsExample() {
        List<DocumentedPattern> patterns = boilerplate.linePatterns();
        assertTrue(patterns.size() >= 10, "boilerplate.txt looks truncated: " + patterns.size());
        for (DocumentedPattern p : patterns) {
            assertFalse(p.what().isBlank(), p.source() + " has no comment saying what it is");
            assertFalse(p.example().isBlank(), p.source() + " has no # example: line");
            String example = Normaliser.standard().apply(p.example());
            assertTrue(p.pattern().matcher(example).matches(), p.source() + " does not match its example: " + example);
        }
    }

    @Test
    void everyCutMarkIsDescribedAndFoundInItsExample() {
        for (DocumentedPattern p : boilerplate.cutMarks()) {
            assertFalse(p.what().isBlank(), p.source());
            assertTrue(p.pattern().matcher(p.example()).find(), p.source() + " not found in its example");
        }
    }

    @Test
    void scrapedNoiseFromOtherSitesIsRecognised() {
        List<String> missed = new ArrayList<>();
        for (String line : List.of("Advertisement", "SKIP ADVERTISEMENT", "Share this article", "Read more",
                "Read more: Judge blocks flights", "Subscribe", "Sign up for our daily newsletter.",
                "Continue reading the main story", "Already a subscriber? Log in", "By Hamed Aleaziz and Zolan Kanno-Youngs",
                "By Jane Doe, John Roe and Ann Poe", "Source: Data from the State Department", "Reuters",
                "Credit...Jane Doe for The New York Times", "Breitbart News 7/1/2025, 9:05 AM",
                "The post Judge halts flights appeared first on Example Daily.", "What's your reaction?")) {
            if (!boilerplate.isNoise(Normaliser.standard().apply(line), Optional.empty())) {
                missed.add(line);
            }
        }
        assertEquals(List.of(), missed);
    }
}
