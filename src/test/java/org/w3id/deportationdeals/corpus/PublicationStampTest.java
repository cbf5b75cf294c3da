package org.w3id.deportationdeals.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When was a raw page published, if its front matter does not say? From the stamp near its top. */
class PublicationStampTest {

    @Test
    void everyStampPatternIsDescribedAndReadsADateFromItsExample() {
        assertTrue(PublicationStamp.patterns().size() >= 4);
        for (DocumentedPattern p : PublicationStamp.patterns()) {
            assertFalse(p.what().isBlank(), p.source() + " has no comment saying what it is");
            String example = Normaliser.standard().apply(p.example());
            assertTrue(PublicationStamp.parse(example).isPresent(), p.source() + " reads no date from: " + example);
        }
    }

    @Test
    void stampsOfDifferentSitesGiveTheirDates() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), PublicationStamp.parse("American Renaissance 6/30/2025 5:12:19 PM"));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 25)), PublicationStamp.parse("Published June 25, 2025 5:00 a.m. ET"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 22)), PublicationStamp.parse("Updated 22 September 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 22)), PublicationStamp.parse("2025-09-22T14:03:00Z"));
        assertEquals(Optional.of(LocalDate.of(2025, 8, 14)), PublicationStamp.parse("Thu, Aug. 14, 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), PublicationStamp.parse("By Jane Doe | July 1, 2025"));
    }

    @Test
    void sentencesOfTheReportAndImpossibleDatesAreNotStamps() {
        assertEquals(Optional.empty(), PublicationStamp.parse(
                "On March 12, 2025, the State Department sent a cable to embassies in nine countries."));
        assertEquals(Optional.empty(), PublicationStamp.parse("Published 2/30/2025"));
        assertEquals(Optional.empty(), PublicationStamp.parse("The men arrived on Tuesday."));
    }

    @Test
    void aPageStampedPublishedAndUpdatedWasPublishedOnTheEarlierDate() {
        assertEquals(Optional.of(LocalDate.of(2025, 9, 20)), PublicationStamp.find(
                "Ghana takes a second group\nUpdated September 22, 2025\nPublished September 20, 2025\n\nACCRA - ..."));
    }

    @Test
    void aStampBelowTheFirstLinesIsPartOfTheStoryNotTheDateOfThePage() {
        String body = "Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nPublished June 25, 2025\n";
        assertEquals(Optional.empty(), PublicationStamp.find(body));
    }

    @Test
    void aRawPageWithoutFrontMatterTakesItsDateFromItsStampAndFrontMatterWins(@TempDir Path dir) throws IOException, ArticleException {
        Path raw = dir.resolve("raw.txt");
        Files.writeString(raw, "Example Daily 7/1/2025, 9:05 AM\n\nThe United States deported five men on Tuesday.\n",
                StandardCharsets.UTF_8);
        assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), Corpus.read(raw).published());
        Path fronted = dir.resolve("fronted.txt");
        Files.writeString(fronted, "---\npublished: 2025-06-29\n---\nExample Daily 7/1/2025, 9:05 AM\n\nText here.\n",
                StandardCharsets.UTF_8);
        assertEquals(Optional.of(LocalDate.of(2025, 6, 29)), Corpus.read(fronted).published());
    }
}
