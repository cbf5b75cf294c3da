package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.keys;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.corpus.Article;

/**
 * Arrivals as the press of the receiving country reports them: at an airport named after a city or a person, under a
 * dateline, and with the group's make-up in the next sentence (transfers-composition.rules).
 */
class LocalArrivalFactsTest {
    private final Extractor extractor = Extractor.load();

    @Test
    void anAirportNamedAfterACapitalIsAPlaceInThatCountryNotItsGovernment() {
        Match m = Facts.only(extractor, "Transfer",
                "Four foreign citizens deported from the United States arrived on Monday at Chisinau International Airport.");
        assertEquals("MD", key(m, "destination"));
    }

    @Test
    void anAirportTheListsDoNotKnowIsInTheCountryTheArticleWasFiledFrom() {
        Article filed = Articles.of("BUJUMBURA - Six foreign nationals expelled from the United States arrived on Saturday "
                + "at Rusizi Valley International Airport, the ministry said.", "They are four Congolese, a Tanzanian and a Kenyan.");
        List<Match> arrival = Facts.ofKind(extractor.extract(filed), "Transfer");
        assertEquals(Set.of("BI"), arrival.stream().map(m -> key(m, "destination")).collect(java.util.stream.Collectors.toSet()));
        // the second sentence adds its nationalities to the same fact (one fact IRI in the graph)
        assertEquals(Set.of("CD", "TZ", "KE"), arrival.stream().flatMap(m -> keys(m, "nationality").stream())
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals("BI", extractor.datelineCountry(filed));
        assertEquals("UG", extractor.datelineCountry(Articles.of("KAMPALA, Uganda (AP) \u2014 Officials said.", "More.")));
        // Without a dateline, an unknown airport is nowhere: no destination is guessed.
        assertNull(extractor.datelineCountry(Articles.of("Six men arrived at Rusizi Valley International Airport.", "More.")));
        assertEquals(List.of(), Facts.ofKind(extractor.extract(Articles.of(
                "Six men deported from the United States arrived at Rusizi Valley International Airport.")), "Transfer"));
    }

    @Test
    void theGroupsMakeUpInTheNextSentenceCompletesTheTransfer() {
        List<Match> all = Facts.ofKind(extractor.extract(Articles.of(
                "Nine people deported from the United States arrived in Dakar on Tuesday.",
                "The group is composed of four Guineans, three Malians and two Gambians, all men, according to the same source.")),
                "Transfer");
        assertEquals(Set.of("GN", "ML", "GM"), keys(all.get(all.size() - 1), "nationality"));
        // "They" further on is anybody: two sentences later it completes nothing.
        List<Match> later = Facts.ofKind(extractor.extract(Articles.of(
                "Nine people deported from the United States arrived in Dakar on Tuesday.",
                "The ministry of foreign affairs held a briefing.", "They are from Guinea and Mali.")), "Transfer");
        assertEquals(Set.of(), later.stream().flatMap(m -> keys(m, "nationality").stream()).collect(java.util.stream.Collectors.toSet()));
    }
}
