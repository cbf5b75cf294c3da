package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.load();

    private List<String> keys(String text) {
        return g.find(Sentences.of(text)).stream().map(Mention::key).toList();
    }

    @Test
    void everyCountryOfTheFiftyEightCountryListResolvesToItsOwnCode() {
        String[] list = {"Costa Rica", "El Salvador", "Guatemala", "Kosovo", "Mexico", "Panama", "Rwanda", "Angola",
            "Antigua and Barbuda", "Benin", "Bhutan", "Burkina Faso", "Cambodia", "Cameroon", "Cape Verde",
            "Democratic Republic of The Congo", "Djibouti", "Dominica", "Egypt", "Equatorial Guinea", "Eswatini",
            "Ethiopia", "Gabon", "Gambia", "Georgia", "Ghana", "Honduras", "Ivory Coast", "Kyrgyzstan", "Liberia",
            "Libya", "Malawi", "Mauritania", "Moldova", "Mongolia", "Morocco", "Niger", "Nigeria", "Peru",
            "São Tomé and Príncipe", "Senegal", "South Sudan", "St. Kitts and Nevis", "St. Lucia", "Syria",
            "Tajikistan", "Tanzania", "Togo", "Tonga", "Tunisia", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
            "Uzbekistan", "Vanuatu", "Zambia", "Zimbabwe"};
        Set<String> codes = new HashSet<>();
        List<String> expected = List.of("CR", "SV", "GT", "XK", "MX", "PA", "RW", "AO", "AG", "BJ", "BT", "BF", "KH",
                "CM", "CV", "CD", "DJ", "DM", "EG", "GQ", "SZ", "ET", "GA", "GM", "GE", "GH", "HN", "CI", "KG", "LR",
                "LY", "MW", "MR", "MD", "MN", "MA", "NE", "NG", "PE", "ST", "SN", "SS", "KN", "LC", "SY", "TJ", "TZ",
                "TG", "TO", "TN", "TM", "TV", "UG", "UA", "UZ", "VU", "ZM", "ZW");
        List<String> got = new ArrayList<>();
        for (String name : list) {
            List<Mention> ms = g.find(Sentences.of("- " + name));
            assertEquals(1, ms.size(), name);
            assertEquals(name, ms.get(0).surface());
            got.add(ms.get(0).key());
            codes.add(ms.get(0).key());
        }
        assertEquals(expected, got);
        assertEquals(58, codes.size());
    }

    @Test
    void alternativeNamesAndDemonymsResolve() {
        assertEquals(List.of("KG"), keys("and 20 from the Kyrgyz Republic"));
        assertEquals(List.of("SZ", "SZ"), keys("the tiny kingdom of Eswatini, formerly known as Swaziland, to push it"));
        assertEquals(List.of("CI", "CI"), keys("Ivory Coast, or Côte d'Ivoire, was asked."));
        List<Mention> iraqi = g.find(Sentences.of("paid Rwanda $100,000 to take an Iraqi man"));
        assertEquals("IQ", iraqi.get(1).key());
        assertTrue(iraqi.get(1).demonym());
        assertFalse(iraqi.get(0).demonym());
        assertEquals(List.of("YE"), keys("as well as a Yemeni family of three"));
        assertEquals(List.of("XK"), keys("Kosovar officials said on May 12"));
        assertEquals(List.of("MM", "TR", "TR", "CZ", "CV"), keys("Burma, Türkiye (Turkey), the Czech Republic and Cabo Verde"));
        assertEquals(List.of("CG", "CD"), keys("Congo-Brazzaville is not the DRC"));
    }

    @Test
    void mentionsCarryBodyOffsetsAndKeepPossessives() {
        var s = Sentences.at(1000, "They were released after lawyers sued Panama\u2019s government.");
        Mention m = g.find(s).get(0);
        assertEquals("PA", m.key());
        assertEquals(1000 + s.text().indexOf("Panama"), m.start());
        assertEquals(m.start() + "Panama".length(), m.end());
        assertEquals("Panama", m.surface());
    }

    @Test
    void citiesAndAirportsArePlacesKeyedByTheirCountryNotTheCountryItself() {
        var s = Sentences.at(0, "Jody García reported from Guatemala City; the flight landed at Entebbe International Airport.");
        assertEquals(List.of(EntityType.PLACE, EntityType.PLACE),
                g.find(s).stream().filter(m -> m.type() != EntityType.PERSON).map(Mention::type).toList());
        assertEquals(List.of("GT", "UG"),
                keys("Jody García reported from Guatemala City; the flight landed at Entebbe International Airport."));
        assertEquals(List.of("GH"), keys("They were flown into Kotoka International Airport."));
        assertEquals(List.of(), keys("They were held in Alexandria, Louisiana."));
    }

    @Test
    void citiesStatesAndRegionsAreNotTheirCountries() {
        assertEquals(List.of("VN"), keys("a Vietnam-born resident of Washington State who was on the plane"));
        assertEquals(List.of(), keys("citizens of mainly Asian and Latin American countries"));
        assertEquals(List.of("american-renaissance"), keys("American Renaissance 6/30/2025 5:12:19 PM"));
        assertEquals(List.of(), keys("the turkey was served; they told us"));
        assertEquals(List.of(), keys("a deal worth US$ 3m"));
        assertEquals(List.of(), keys("He was held in Atlanta, Georgia, for a month"));
        assertEquals(List.of("GE"), keys("Georgia, in the Caucasus, was asked"));
        assertEquals(List.of("AGENCY"),
                g.find(Sentences.of("Chad Wolf led Homeland Security")).stream().map(m -> m.type().name()).toList());
        assertEquals(List.of("TD", "JO"), keys("Chad and Jordan were asked"));
    }

    @Test
    void similarNamesAreToldApart() {
        assertEquals(List.of("NE", "NG", "DM", "DO", "GN", "GQ", "GW", "PG"),
                keys("Niger, Nigeria, Dominica, the Dominican Republic, Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea"));
        assertEquals(List.of("SS", "SD"), keys("South Sudanese and Sudanese officials"));
    }

    @Test
    void agenciesCourtsAndOrganisationsAreFound() {
        assertEquals(List.of("dhs"), keys("Tricia McLaughlin, a Homeland Security Department spokeswoman, wrote"));
        assertEquals(List.of("dhs", "state-department"), keys("the D.H.S. memo and a State Dept. cable"));
        assertEquals(List.of("district-court-us"), keys("until a U.S. district court blocked those expulsions"));
        assertEquals(List.of("supreme-court-us"), keys("The Supreme Court ruled on Monday"));
        assertEquals(List.of("hias"), keys("Mark Hetfield, president of HIAS, a refugee resettlement agency"));
        assertEquals(List.of("nyt", "nyt"), keys("according to a review by The New York Times, as The Times reported"));
        assertEquals(List.of("ice", "cbp"), keys("ICE and CBP officers"));
        assertEquals(NamedEntity.class, g.entity(EntityType.AGENCY, "dhs").orElseThrow().getClass());
        assertEquals("Q11231", g.entity(EntityType.AGENCY, "dhs").orElseThrow().wikidata());
    }

    @Test
    void aCountrysForeignMinistryIsAnAgencyOfThatCountry() {
        List<Mention> ms = g.find(Sentences.of("Peru\u2019s foreign ministry said it would not take anyone"));
        assertEquals(1, ms.size());
        assertEquals(EntityType.AGENCY, ms.get(0).type());
        assertEquals("foreign-ministry-pe", ms.get(0).key());
        assertEquals("Peru\u2019s foreign ministry", ms.get(0).surface());
        NamedEntity e = g.entity(EntityType.AGENCY, "foreign-ministry-pe").orElseThrow();
        assertEquals("PE", e.countryIso2());
        assertEquals("Ministry of Foreign Affairs of Peru", e.name());
        assertEquals(List.of("foreign-ministry-sv"), keys("the Salvadoran Foreign Ministry"));
        assertEquals(List.of("foreign-ministry-xk"), keys("the Ministry of Foreign Affairs of Kosovo"));
        assertEquals(List.of("supreme-court-xk"), keys("Kosovo's Supreme Court"));
    }

    @Test
    void capitalsStandForTheirGovernments() {
        List<Mention> ms = g.find(Sentences.of("an urgent cable from Washington asked Kigali and Kyiv"));
        assertEquals(List.of("US", "RW", "UA"), ms.stream().map(Mention::key).toList());
        assertTrue(ms.stream().allMatch(g::isCapital));
        assertFalse(g.isCapital(g.find(Sentences.of("Rwanda agreed")).get(0)));
    }

    @Test
    void countriesCarryTheirWikidataItems() {
        assertEquals(207, g.countries().size());
        assertEquals("Q1037", g.country("RW").orElseThrow().wikidata());
        assertEquals("Q30", g.country("US").orElseThrow().wikidata());
        assertEquals("Q1246", g.country("XK").orElseThrow().wikidata());
        assertEquals("Q974", g.country("cd").orElseThrow().wikidata());
        assertTrue(g.country("US").orElseThrow().demonyms().contains("American"));
        assertTrue(g.country("ZZ").isEmpty());
    }
}
