package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.keys;
import static org.w3id.deportationdeals.extract.Facts.ofKind;
import static org.w3id.deportationdeals.extract.Facts.value;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Transfers as background paragraphs recap them (transfers-recap.rules): which countries have received people, how
 * many were flown where, and the plans, onward journeys and refusals that are not transfers.
 */
class TransferRecapFactsTest {
    private final Extractor extractor = Extractor.load();

    private Set<String> destinations(String... sentences) {
        Set<String> out = new TreeSet<>();
        Facts.inLast(extractor, "Transfer", sentences).forEach(m -> out.addAll(keys(m, "destination")));
        return out;
    }

    private static Quantity count(long n) {
        return new Quantity(BigDecimal.valueOf(n), null);
    }

    @Test
    void whichCountriesARecapSaysHaveReceivedPeople() {
        assertEquals(Set.of("GH", "SS", "SZ", "UG"),
                destinations("Eswatini, Ghana, South Sudan and Uganda have all received people, while Nigeria rebuffed requests."));
        assertEquals(Set.of("GH", "RW", "SS", "SZ"),
                destinations("His case became a symbol of an effort that has placed deportees in Eswatini, South Sudan, "
                        + "Rwanda and Ghana."));
        assertEquals(Set.of("RW", "SS", "SZ"),
                destinations("Ghana follows South Sudan, Eswatini and Rwanda in accepting third-country deportees from the U.S."));
        assertEquals(Set.of("PW", "XK"),
                destinations("Other countries that have received deportees from the United States include Kosovo and Palau."));
    }

    @Test
    void howManyWereFlownWhereInThePassive() {
        Match ghana = Facts.only(extractor, "Transfer",
                "By then fourteen deportees - thirteen Nigerians and a Gambian - had already been flown into "
                        + "Kotoka International Airport.");
        assertEquals("GH", key(ghana, "destination"));
        assertEquals(count(14), value(ghana, "numberOfPeople"));
        assertEquals(Set.of("GM", "NG"), keys(ghana, "nationality"));
        // the count is the group's, not the first nationality's ("two Eritreans")
        Match eleven = Facts.only(extractor, "Transfer",
                "The eleven, two Eritreans and a Somali, were brought to Kigali on a chartered aircraft.");
        assertEquals(count(11), value(eleven, "numberOfPeople"));
        assertEquals(Set.of("ER", "SO"), keys(eleven, "nationality"));
        Extraction both = extractor.extract(Articles.of(
                "Earlier this year, around 300 deportees from Asia and Africa were flown to Panama and some 200 to Costa Rica."));
        Set<String> seen = new TreeSet<>();
        ofKind(both, "Transfer").forEach(m -> seen.add(key(m, "destination") + "=" + ((Quantity) value(m, "numberOfPeople")).value()));
        assertEquals(Set.of("CR=200", "PA=300"), seen);
    }

    @Test
    void aRelativeClauseAndARunningTotalNameTheCountryBefore() {
        Match cecot = Facts.only(extractor, "Transfer",
                "El Salvador was paid about $6 million to hold 238 Venezuelans the U.S. flew to the country's CECOT prison in March.");
        assertEquals("SV", key(cecot, "destination"));
        assertEquals(count(238), value(cecot, "numberOfPeople"));
        Match total = Facts.only(extractor, "Transfer", "Rwanda agreed in August to take in up to 250 migrants.",
                "Officials confirmed the arrivals, raising to 18 the number of third-country nationals the country has taken in.");
        assertEquals("RW", key(total, "destination"));
        assertEquals(count(18), value(total, "numberOfPeople"));
    }

    @Test
    void plansRefusalsAndOnwardJourneysAreNotTransfers() {
        assertTrue(destinations("Honduras and Guatemala have agreed to take in asylum seekers from other countries.").isEmpty());
        assertTrue(destinations("Eswatini and Rwanda have not received any deportees.").isEmpty());
        assertTrue(destinations("Colombia has taken in thousands of Venezuelans.").isEmpty());
        assertTrue(destinations("Costa Rica has received people fleeing Nicaragua.").isEmpty());
        assertTrue(destinations("Six were later flown to Nigeria.").isEmpty());
        assertTrue(destinations("The plan for the 50 migrants sent to Kosovo would cost more.").isEmpty());
        assertTrue(destinations("Uganda and Ghana are among the countries that have refused to accept deportees.").isEmpty());
        // the destination sending "the deportees" on is no recap of the campaign (transfer.deported-to still reads it)
        Extraction onward = extractor.extract(Articles.of("Ghana sent the deportees to Togo and Nigeria."));
        assertTrue(ofKind(onward, "Transfer").stream().noneMatch(m -> m.ruleId().startsWith("transfer.recap")),
                () -> onward.matches().toString());
        // "two flights" are not two people (for the recap rules; transfer.took-deportees still reads them so)
        Extraction flights = extractor.extract(Articles.of("Costa Rica agreed in February.",
                "In February, the country received two flights carrying deportees."));
        assertTrue(ofKind(flights, "Transfer").stream().filter(m -> m.ruleId().startsWith("transfer.recap"))
                        .noneMatch(m -> count(2).equals(value(m, "numberOfPeople"))),
                () -> flights.matches().toString());
    }
}
