package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.parse("2025-06-25")); // a Wednesday
    private final DateFinder dates = DateFinder.load();

    private List<String> resolved(String text, Optional<LocalDate> published) {
        return dates.find(Sentences.of(text), published).stream()
                .map(d -> d.value() == null ? "null:" + d.text()
                        : d.value().lexical() + " " + d.value().precision() + (d.value().qualifier() == null ? ""
                                : " " + d.value().qualifier()))
                .toList();
    }

    private List<String> resolved(String text) {
        return resolved(text, PUBLISHED);
    }

    @Test
    void weekdaysAreTheMostRecentSuchDayOnOrBeforePublication() {
        assertEquals(List.of("2025-06-23 DAY"), resolved("The Supreme Court ruled on Monday that the administration"));
        assertEquals(List.of("2025-06-25 DAY"), resolved("officials said Wednesday"));
        assertEquals(List.of("2025-06-18 DAY"), resolved("last Wednesday"));
    }

    @Test
    void monthsAndDaysWithoutAYearAreTheMostRecentOnesNotAfterPublication() {
        assertEquals(List.of("2025-03-12 DAY"), resolved("the cable, dated March 12, said"));
        assertEquals(List.of("2025-01-28 DAY"), resolved("in a meeting on Jan. 28 that"));
        assertEquals(List.of("2024-07-04 DAY"), resolved("on July 4"));
        assertEquals(List.of("2025-04 MONTH early"), resolved("In early April, the Trump administration deported"));
        assertEquals(List.of("2025-03 MONTH late"), resolved("a memo in late March."));
        assertEquals(List.of("2025-02 MONTH"), resolved("deportees from Africa in February."));
        assertEquals(List.of("2024-10 MONTH"), resolved("But since last October, the country"));
        assertEquals(List.of("2024-09 MONTH mid"), resolved("in mid-September"));
    }

    @Test
    void translatedReportsDateDaysByTheMonthAndWriteTheDayFirst() {
        assertEquals(List.of("2025-06-14 DAY"), resolved("the note received on the 14th of this month"));
        assertEquals(List.of("2025-05-03 DAY"), resolved("a meeting on the 3rd of last month"));
        assertEquals(List.of("2025-11-14 DAY"), resolved("the communique of 14.11.2025 said"));
        assertEquals(List.of("2025-06-02 DAY"), resolved("the flight of 2025-06-02 landed"));
        // A range of years and a version number are no days.
        assertEquals(List.of("2025 YEAR"), resolved("the budget for 2025-26"));
        assertEquals(List.of(), resolved("release 1.2.2025b of the software"));
    }

    @Test
    void thatMonthIsTheMonthOfTheDateSaidBeforeItInTheSentence() {
        assertEquals(List.of("2025-01-28 DAY", "2025-01 MONTH"),
                resolved("told U.S. diplomats in a meeting on Jan. 28 that it was sensitive, a State Department cable that month said."));
        assertEquals(List.of("2025-05-02 DAY", "2025-05 MONTH"), resolved("talks on May 2 and a second round later that same month"));
        // With nothing before it in the sentence, the month it points at is elsewhere: no date is guessed.
        assertEquals(List.of(), resolved("That same month, Costa Rica took 200 deportees"));
    }

    @Test
    void datesWithAYearKeepTheirPrecision() {
        assertEquals(List.of("2025-06-16 DAY"), resolved("on June 16, 2025, a U.S. diplomat"));
        assertEquals(List.of("2008 YEAR"), resolved("declared independence from Serbia in 2008"));
        assertEquals(List.of("2025-03 MONTH"), resolved("in March 2025"));
        assertEquals(List.of("2025-06-30 DAY"), resolved("American Renaissance 6/30/2025 5:12:19 PM"));
        assertEquals(List.of("2025-05-12 DAY"), resolved("12 May 2025"));
    }

    @Test
    void seasonsAndRelativePeriodsResolveAgainstPublication() {
        assertEquals(List.of("2025 YEAR spring"), resolved("an urgent cable from Washington this spring"));
        assertEquals(List.of("2024 YEAR autumn"), resolved("last fall"));
        assertEquals(List.of("2024 YEAR"), resolved("last year"));
        assertEquals(List.of("2025 YEAR"), resolved("earlier this year"));
        assertEquals(List.of("2025-06 MONTH"), resolved("told The Times this month"));
        assertEquals(List.of("2025-05 MONTH"), resolved("last month"));
        assertEquals(List.of("2025-06 MONTH"), resolved("By this week, 107 had returned"));
        assertEquals(List.of("2025-01 MONTH", "2025-06 MONTH"), resolved("documents dated between January and June obtained by The Times"));
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreLeftAlone() {
        assertEquals(List.of(), resolved("May I ask? The spring was dry; the fall of Kabul"));
        assertEquals(List.of(), resolved("paid $2,025 and 1,100 refugees"));
    }

    @Test
    void withoutAPublicationDateRelativeDatesKeepTheirTextButNoValue() {
        List<Spanned<DateValue>> ds = dates.find(Sentences.at(40, "The Supreme Court ruled on Monday"), Optional.empty());
        assertEquals(1, ds.size());
        assertNull(ds.get(0).value());
        assertEquals("on Monday", ds.get(0).text());
        assertEquals(40 + "The Supreme Court ruled ".length(), ds.get(0).start());
        assertEquals(List.of("2025-06-16 DAY", "null:March 12"), resolved("June 16, 2025 and March 12", Optional.empty()));
    }
}
