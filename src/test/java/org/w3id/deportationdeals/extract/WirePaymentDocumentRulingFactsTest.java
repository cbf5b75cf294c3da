package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.date;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.keys;
import static org.w3id.deportationdeals.extract.Facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Payments, cables, notes and court rulings worded as the later wire reports word them (payments-wire.rules,
 * documents-wire.rules, court-rulings-wire.rules), about countries and sums the seeds do not have.
 */
class WirePaymentDocumentRulingFactsTest {
    private final Extractor extractor = Extractor.load();

    private Match only(String kind, String... sentences) {
        return Facts.only(extractor, kind, sentences);
    }

    private static BigDecimal amount(Match m) {
        return ((Money) value(m, "amount")).amount();
    }

    private List<Match> all(String kind, String... sentences) {
        return Facts.inLast(extractor, kind, sentences);
    }

    @Test
    void whoWasPaidWhenTheReportNamesNoPayer() {
        Match a = only("Payment", "Honduras was handed $4 million last year.");
        assertEquals("US", key(a, "payer"));
        assertEquals("HN", key(a, "payee"));
        assertEquals(0, amount(a).compareTo(new BigDecimal("4000000")));
        Match b = only("Payment", "Guatemala, which received $3 million in March, has taken 300 people.");
        assertEquals("GT", key(b, "payee"));
        assertEquals("US", key(b, "payer"));
        // A sum a source other than the United States paid is not read as a U.S. payment.
        assertTrue(all("Payment", "Mauritania received 210 million euros from the European Union last year.").stream()
                .noneMatch(m -> "US".equals(key(m, "payer"))));
        // Money handed to the deportees is no payment to their host country.
        assertTrue(all("Payment", "Five men were deported to Eswatini in July.",
                "They were given $500 each on arrival.").isEmpty());
    }

    @Test
    void theSameAmountIsTheAmountOfThePaymentJustReported() {
        List<Match> both = all("Payment",
                "The largest sums went to Equatorial Guinea, which received $7.5 million in September, and to Palau, "
                        + "which was promised the same amount when it agreed to take up to 75 people.");
        Match palau = both.stream().filter(m -> "PW".equals(key(m, "payee"))).findFirst().orElseThrow();
        assertEquals(0, amount(palau).compareTo(new BigDecimal("7500000")));
        assertEquals("US", key(palau, "payer"));
    }

    @Test
    void offersAndPromisedSumsArePayments() {
        Match a = only("Payment", "The State Department offered Gabon $2 million in \"migration management support.\"");
        assertEquals("state-department", key(a, "payer"));
        assertEquals("GA", key(a, "payee"));
        Match b = only("Payment", "Tonga agreed to take up to 40 people in exchange for $US3 million in US assistance.");
        assertEquals("TO", key(b, "payee"));
        assertEquals("USD", ((Money) value(b, "amount")).currency());
        assertEquals(0, amount(b).compareTo(new BigDecimal("3000000")));
        // Conditions and refusals are no payments.
        assertTrue(all("Payment", "Officials said Chad could receive $5 million if it agreed to take deportees.").isEmpty());
        assertTrue(all("Payment", "Nigeria was not offered $3 million.").isEmpty());
    }

    @Test
    void cablesNamedAsSourcesTakeTheirDates() {
        Match a = only("DiplomaticCable", "A State Department cable dated Oct. 14 set out the plan.",
                "Armenian officials asked for more time, according to a follow-up cable dated Nov. 2.",
                "Georgia said it would consider the request, according to the second cable.");
        assertEquals(Set.of("GE"), keys(a, "mentionsCountry"));
        assertEquals("2024-11-02", date(a)); // the last November before publication (2025-06-25)
        List<Match> b = all("DiplomaticCable", "The cable, dated Oct. 14 and signed by the secretary, directed the "
                + "embassies in Armenia, Georgia and Azerbaijan to raise the matter.");
        assertEquals(Set.of("AM", "GE", "AZ"), keys(b.get(0), "mentionsCountry"));
        assertEquals("2024-10-14", date(b.get(0)));
        Match c = only("DiplomaticCable", "Senegal was one of nine countries listed in a State Department cable dated "
                + "March 12 as possible destinations, along with neighbouring Mali and Guinea.");
        assertEquals(Set.of("SN", "ML", "GN"), keys(c, "mentionsCountry"));
    }

    @Test
    void verbalNotesAreDiplomaticNotes() {
        Match a = only("DiplomaticNote",
                "The request was conveyed in a verbal note from the U.S. Embassy in Tirana on May 6.");
        assertEquals("2025-05-06", date(a));
    }

    @Test
    void courtOrdersToReturnOrNotRemoveBlockAndAskingAJudgeIsNoRuling() {
        Match a = only("CourtRuling", "A federal judge in Maryland on Thursday ordered immigration authorities to "
                + "release the man, finding that he had been held without a valid order.");
        assertEquals("blocked", value(a, "outcome"));
        assertEquals("district-court-us", key(a, "court"));
        assertTrue(all("CourtRuling", "Lawyers had asked a federal judge in Honolulu to halt his removal.").isEmpty());
        assertTrue(all("CourtRuling", "A federal judge in Boston could order the government to return the men.").isEmpty());
        Match b = only("CourtRuling", "The High Court dismissed an application by rights groups seeking to stop the "
                + "government from receiving further deportees.");
        assertEquals("allowed", value(b, "outcome"));
    }

    @Test
    void upholdingABlockingOrderBlocksAndPausingAnOrderAllows() {
        List<Match> upheld = all("CourtRuling",
                "A federal appeals court on Friday upheld a lower court order barring the deportations.");
        assertEquals(List.of("blocked"), upheld.stream().map(m -> value(m, "outcome")).distinct().toList());
        List<Match> paused = all("CourtRuling", "The justices on Thursday paused the order while the case proceeds.");
        assertEquals(List.of("allowed"), paused.stream().map(m -> value(m, "outcome")).distinct().toList());
    }
}
