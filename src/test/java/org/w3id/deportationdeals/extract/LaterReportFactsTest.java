package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.date;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.keys;
import static org.w3id.deportationdeals.extract.Facts.ofKind;
import static org.w3id.deportationdeals.extract.Facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sentences worded the way reports on later events of the campaign word them (the {@code *-more.rules} files):
 * arrivals, requests named as things, undecided answers, memos and notes, rulings as nouns, and quotations whose
 * speaker is a pronoun or was named a sentence before.
 */
class LaterReportFactsTest {
    private final Extractor extractor = Extractor.load();

    private Match only(String kind, String... sentences) {
        return Facts.only(extractor, kind, sentences);
    }

    @Test
    void whoSaidItWhenTheQuotationNamesThemOnlyAsHeOrNotAtAll() {
        Match he = only("Quote", "Nigeria's foreign minister, Yusuf Tuggar, ruled out the idea.",
                "\"It will be difficult for a country like Nigeria to accept Venezuelan prisoners,\" he said.");
        assertEquals("yusuf-tuggar", key(he, "speaker"));
        Match alone = only("Quote", "\"We are talking about illegal immigrants,\" said Henry Okello Oryem, a junior minister.",
                "\"We cannot take them.\"");
        assertEquals("henry-okello-oryem", key(alone, "speaker"));
        assertEquals("We cannot take them", value(alone, "words"));
        // A name inside the quotation is whom the speaker talks about.
        Match inside = only("Quote", "Ghana's foreign minister, Samuel Okudzeto Ablakwa, spoke on Friday.",
                "\"We told Marco Rubio that we would help our neighbours,\" he said.");
        assertEquals("samuel-okudzeto-ablakwa", key(inside, "speaker"));
        // Too far from any name, a quotation standing alone has no speaker and is no fact.
        Extraction far = extractor.extract(Articles.of("Makolo spoke on Monday.", "Rwanda has a long history.",
                "The deal was signed in June.", "Officials gave no details.", "\"We cannot take them all at once.\""));
        assertTrue(ofKind(far, "Quote").isEmpty(), () -> far.matches().toString());
    }

    @Test
    void flightsThatLandedWithTheirNumbersAndNationalities() {
        Match flight = only("Transfer",
                "A U.S. deportation flight carrying eight men from Cuba, Laos, Mexico and Vietnam arrived in Juba late on Friday.");
        assertEquals("SS", key(flight, "destination"));
        assertEquals(Set.of("CU", "LA", "MX", "VN"), keys(flight, "nationality"));
        assertEquals(0, ((Quantity) value(flight, "numberOfPeople")).value().compareTo(new BigDecimal(8)));
        Match nationalities = only("Transfer", "Five men deported by the United States landed in Eswatini on Wednesday.",
                "The men, from Vietnam, Jamaica and Yemen, arrived on a military flight.");
        assertEquals("SZ", key(nationalities, "destination"));
        assertEquals(Set.of("VN", "JM", "YE"), keys(nationalities, "nationality"));
        Match several = ofKind(extractor.extract(Articles.of("Costa Rica and Panama have each accepted hundreds of deportees.")),
                "Transfer").get(1);
        assertEquals("PA", key(several, "destination"));
        // A promise is not a flight.
        assertTrue(ofKind(extractor.extract(Articles.of("Rwanda will accept up to 250 migrants.")), "Transfer").isEmpty());
    }

    @Test
    void requestsNamedAsThingsAndAnswersNotYetGiven() {
        Match from = only("Request", "Burkina Faso has rejected a request from the United States to receive deportees.");
        assertEquals("BF", key(from, "askee"));
        assertEquals("US", key(from, "asker"));
        Match passive = only("Request", "Ghana was asked by Washington to take in West African deportees.");
        assertEquals("GH", key(passive, "askee"));
        Match undecided = only("Response", "Senegal has not decided, an official in Dakar said.");
        assertEquals("SN", key(undecided, "respondent"));
        assertEquals("considering", value(undecided, "responseKind"));
        Match ruledOut = only("Response", "Nigeria's foreign minister, Yusuf Tuggar, ruled out the idea.");
        assertEquals("declined", value(ruledOut, "responseKind"));
        // A request the country did not receive is no request.
        assertTrue(ofKind(extractor.extract(Articles.of("Whether Togo would accept a request from Washington is unclear.")),
                "Request").isEmpty());
    }

    @Test
    void theHomeCountryNeverAnswersItsOwnRequest() {
        Extraction signed = extractor.extract(Articles.of(
                "Paraguay and the United States signed an agreement on Thursday to receive asylum seekers."));
        List<Match> answers = ofKind(signed, "Response");
        assertEquals(Set.of("PY"), answers.stream().map(m -> key(m, "respondent")).collect(java.util.stream.Collectors.toSet()),
                () -> signed.matches().toString());
        Extraction agency = extractor.extract(Articles.of("The Justice Department said it was reviewing the decision."));
        assertTrue(ofKind(agency, "Response").isEmpty(), () -> agency.matches().toString());
        Match cable = only("DiplomaticCable",
                "A cable dated July 11 from the U.S. embassy in Abuja said Nigerian officials had been told to cooperate.");
        assertEquals(Set.of("NG"), keys(cable, "mentionsCountry"));
    }

    @Test
    void itIsTheCountryNamedEarlierInItsOwnSentence() {
        Match moldova = only("Response", "Kosovo has said it will take up to 50 people.",
                "Moldova, which had told U.S. officials in March that it was willing to take in up to 100 deportees, has received none.");
        assertEquals("MD", key(moldova, "respondent"));
    }

    @Test
    void memosNotesAndRulingsNamedAsNouns() {
        Match memo = only("Memo", "An internal memo dated June 9 from Immigration and Customs Enforcement set new rules.");
        assertEquals("2025-06-09", date(memo));
        assertEquals("ice", key(memo, "issuedBy"));
        Match note = only("DiplomaticNote", "A separate diplomatic note from El Salvador dated March 20 set out the terms.");
        assertEquals("2025-03-20", date(note));
        Match ruling = only("CourtRuling",
                "The flights landed despite an order by U.S. District Judge James Boasberg temporarily blocking the deportations.");
        assertEquals("district-court-us", key(ruling, "court"));
        assertEquals("blocked", value(ruling, "outcome"));
        Match lifted = only("CourtRuling", "The deportations follow a Supreme Court ruling last month that lifted limits on removals.");
        assertEquals("allowed", value(lifted, "outcome"));
    }
}
