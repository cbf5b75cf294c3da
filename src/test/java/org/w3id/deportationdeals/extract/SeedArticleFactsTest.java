package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.cited;
import static org.w3id.deportationdeals.extract.Facts.date;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.keys;
import static org.w3id.deportationdeals.extract.Facts.ofKind;
import static org.w3id.deportationdeals.extract.Facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The competency questions of the seed articles, answered from what the extractor finds. */
class SeedArticleFactsTest {
    private final Extractor extractor = Extractor.load();

    @Test
    void theGraphicListsSevenCountriesThatAgreedAndFiftyOneThatWereAsked() throws Exception {
        Extraction e = extractor.extract(Articles.seed("004"));
        Set<String> agreed = new TreeSet<>();
        Set<String> asked = new TreeSet<>();
        for (Match m : e.matches()) {
            if (m.ruleId().equals("list.agreed-to-accept")) {
                assertEquals("agreed", value(m, "responseKind"));
                agreed.add(key(m, "respondent"));
                assertEquals(cited(e, m).strip(), m.sentence().text().replaceFirst("^[-\\s]+", "").strip());
            } else if (m.ruleId().equals("list.asked-to-accept")) {
                assertEquals("US", key(m, "asker"));
                asked.add(key(m, "askee"));
            }
        }
        assertEquals(Set.of("CR", "SV", "GT", "XK", "MX", "PA", "RW"), agreed);
        assertEquals(51, asked.size());
        assertTrue(asked.containsAll(Set.of("AO", "PE", "UA", "ST", "CD", "KN", "LC", "ZW")), asked.toString());
        assertTrue(asked.stream().noneMatch(agreed::contains));
    }

    @Test
    void theUnitedStatesPaidRwandaAndElSalvador() throws Exception {
        Extraction e = extractor.extract(Articles.seed("003"));
        List<Match> payments = ofKind(e, "Payment");
        Match rwanda = payments.stream().filter(m -> "RW".equals(key(m, "payee"))).findFirst().orElseThrow();
        assertEquals("US", key(rwanda, "payer"));
        assertEquals(new Money(new BigDecimal("100000"), "USD", null), value(rwanda, "amount"));
        // The purpose ends where the next clause ("and is discussing ...") begins.
        assertEquals("to take an Iraqi man", value(rwanda, "purpose"));
        Match salvador = payments.stream().filter(m -> "SV".equals(key(m, "payee"))).findFirst().orElseThrow();
        assertEquals("US", key(salvador, "payer"));
        Money money = (Money) value(salvador, "amount");
        assertEquals(0, money.amount().compareTo(new BigDecimal("5000000")));
        assertEquals("USD", money.currency());
        assertEquals("about", money.qualifier());
        assertTrue(cited(e, salvador).startsWith("The U.S. government gave El Salvador about $5 million"));
        // "paid the country $100,000 in April": the country is Rwanda, from the sentence before
        assertTrue(payments.stream().anyMatch(m -> "RW".equals(key(m, "payee")) && "2025-04".equals(date(m))));
    }

    @Test
    void theMarchTwelfthCableNamesNineCountries() throws Exception {
        Extraction e = extractor.extract(Articles.seed("003"));
        Set<String> named = new TreeSet<>();
        for (Match m : ofKind(e, "DiplomaticCable")) {
            if ("2025-03-12".equals(date(m))) {
                named.addAll(keys(m, "mentionsCountry"));
            }
        }
        assertEquals(new TreeSet<>(Set.of("AO", "LY", "MA", "TN", "RW", "TG", "MR", "TJ", "TM")), named);
        assertTrue(ofKind(e, "DiplomaticCable").stream()
                .anyMatch(m -> "2025-06-14".equals(date(m)) && "state-department".equals(key(m, "issuedBy"))));
    }

    @Test
    void aDistrictCourtBlockedAndTheSupremeCourtAllowed() throws Exception {
        Extraction e = extractor.extract(Articles.seed("003"));
        List<Match> rulings = ofKind(e, "CourtRuling");
        Match blocked = rulings.stream().filter(m -> "blocked".equals(value(m, "outcome"))).findFirst().orElseThrow();
        assertEquals("district-court-us", key(blocked, "court"));
        assertEquals("those expulsions", value(blocked, "subject"));
        assertTrue(blocked.sentence().text().contains("until a U.S. district court blocked those expulsions"));
        Match allowed = rulings.stream().filter(m -> "allowed".equals(value(m, "outcome"))).findFirst().orElseThrow();
        assertEquals("supreme-court-us", key(allowed, "court"));
        assertEquals("2025-06-23", date(allowed));
        assertTrue(allowed.sentence().text().startsWith("The Supreme Court ruled on Monday"));
        assertEquals(2, rulings.size());
    }

    @Test
    void countriesAnsweredInTheirOwnWays() throws Exception {
        Extraction e = extractor.extract(Articles.seed("003"));
        List<Match> responses = ofKind(e, "Response");
        assertTrue(has(responses, "XK", "agreed"));
        assertTrue(responses.stream().anyMatch(m -> "XK".equals(key(m, "respondent"))
                && "women and children".equals(value(m, "preference"))));
        assertTrue(has(responses, "PE", "declined"));
        assertTrue(has(responses, "PE", "considering"));
        assertTrue(has(responses, "AO", "declined"));
        assertTrue(has(responses, "UZ", "declined"));
        assertTrue(has(responses, "BF", "declined"));
        assertTrue(has(responses, "UA", "considering"));
        assertTrue(responses.stream().anyMatch(m -> "MD".equals(key(m, "respondent"))
                && "conditionally".equals(value(m, "condition"))));
        assertTrue(responses.stream().noneMatch(m -> "AO".equals(key(m, "respondent")) && "agreed".equals(value(m, "responseKind"))));
    }

    @Test
    void generalHistoryIsNotAFact() throws Exception {
        Extraction e = extractor.extract(Articles.seed("003"));
        assertTrue(e.matches().stream().noneMatch(m -> m.sentence().text().startsWith("For years, both Republican")),
                () -> e.matches().stream().filter(m -> m.sentence().text().startsWith("For years")).toList().toString());
        assertTrue(e.matches().stream().noneMatch(m -> m.sentence().text().contains("if they agreed to take deportees")
                && m.kind().equals("Response")));
    }

    @Test
    void fiveSeedsAreExtractedWithTheirMentionsAndPeople() throws Exception {
        for (String id : List.of("000", "001", "002", "003", "004")) {
            Extraction e = extractor.extract(Articles.seed(id));
            assertTrue(e.mentions().stream().anyMatch(m -> m.type() == EntityType.COUNTRY), id);
            assertTrue(!e.matches().isEmpty(), id);
        }
        Extraction full = extractor.extract(Articles.seed("003"));
        assertTrue(full.people().stream().anyMatch(p -> p.key().equals("elmer-schialer")));
    }

    private static boolean has(List<Match> responses, String iso, String kind) {
        return responses.stream().anyMatch(m -> iso.equals(key(m, "respondent")) && kind.equals(value(m, "responseKind")));
    }
}
