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

/** Sentences written the way wire services report these facts, about countries and numbers the seeds do not have. */
class WireStyleFactsTest {
    private final Extractor extractor = Extractor.load();

    private Match only(String kind, String... sentences) {
        return Facts.only(extractor, kind, sentences);
    }

    @Test
    void payments() {
        Match a = only("Payment", "Washington paid Ghana $2 million last year to accept West African deportees.");
        assertEquals("US", key(a, "payer"));
        assertEquals("GH", key(a, "payee"));
        assertEquals(0, ((Money) value(a, "amount")).amount().compareTo(new BigDecimal("2000000")));
        Match b = only("Payment", "The State Department sent $7.5 million to Uganda in August for the resettlement of deportees.");
        assertEquals("UG", key(b, "payee"));
        assertEquals("2024-08", date(b)); // the last August before publication (2025-06-25)
        assertEquals("for the resettlement of deportees", value(b, "purpose"));
        Match c = only("Payment", "Eswatini was paid $5.1 million by the United States to accept five deportees.");
        assertEquals("SZ", key(c, "payee"));
        assertEquals("US", key(c, "payer"));
        Match d = only("Payment", "Uganda received $2 million from Washington in July to take in deportees.");
        assertEquals("UG", key(d, "payee"));
        assertEquals("US", key(d, "payer"));
    }

    @Test
    void cables() {
        Match a = only("DiplomaticCable", "A cable dated May 3 named Chad, Niger and Mali as possible destinations.");
        assertEquals(Set.of("TD", "NE", "ML"), keys(a, "mentionsCountry"));
        assertEquals("2025-05-03", date(a));
        Match b = only("DiplomaticCable", "Chad was among the countries listed in a State Department cable dated April 2.");
        assertEquals(Set.of("TD"), keys(b, "mentionsCountry"));
        assertEquals("state-department", key(b, "issuedBy"));
        Match c = only("DiplomaticCable", "A State Department cable dated May 30 described the talks.",
                "It listed Benin and Gabon among the likely partners.");
        assertEquals(Set.of("BJ", "GA"), keys(c, "mentionsCountry"));
        assertEquals("2025-05-30", date(c));
        // Without a cable in focus, "It listed ..." says nothing about a cable.
        Extraction none = extractor.extract(Articles.of("It listed Benin and Gabon among the likely partners."));
        assertTrue(ofKind(none, "DiplomaticCable").isEmpty());
        Match d = only("Memo", "A Homeland Security memo dated April 4 described the talks with Rwanda.");
        assertEquals("2025-04-04", date(d));
    }

    @Test
    void courtRulings() {
        Match a = only("CourtRuling", "On Friday, the Supreme Court temporarily halted deportations of Venezuelans to El Salvador.");
        assertEquals("blocked", value(a, "outcome"));
        assertEquals(Set.of("SV"), keys(a, "concernsCountry"));
        assertEquals("2025-06-20", date(a));
        Match b = only("CourtRuling", "On Monday, the Supreme Court cleared the way for deportations to South Sudan.");
        assertEquals("allowed", value(b, "outcome"));
        assertEquals(Set.of("SS"), keys(b, "concernsCountry"));
        Match c = only("CourtRuling", "The deportation flight to South Sudan was blocked by a U.S. district court in May.");
        assertEquals("blocked", value(c, "outcome"));
        assertEquals("district-court-us", key(c, "court"));
        Match d = only("CourtRuling", "The Supreme Court ruled on Tuesday that the government may resume deportations to Honduras.");
        assertEquals("allowed", value(d, "outcome"));
    }

    @Test
    void requestsMakeOneFactPerCountryAsked() {
        Extraction e = extractor.extract(Articles.of(
                "The State Department has asked Ghana and Nigeria to accept deportees from other West African nations."));
        List<Match> asked = ofKind(e, "Request");
        assertEquals(Set.of("GH", "NG"), Set.of(key(asked.get(0), "askee"), key(asked.get(1), "askee")));
        Match b = only("Request", "In a meeting on May 2, American diplomats asked Chad to accept deportees.");
        assertEquals("US", key(b, "asker"));
        assertEquals("meeting", value(b, "channel"));
        assertEquals("2025-05-02", date(b));
        Match c = only("Request", "U.S. officials gave Honduras a deadline of June 1 to respond.");
        assertEquals("HN", key(c, "askee"));
        assertEquals("2025-06-01", ((DateValue) value(c, "deadline")).lexical());
        Extraction d = extractor.extract(Articles.of("Washington has asked several African nations, including Benin and Togo, to take "
                + "deportees."));
        assertEquals(2, ofKind(d, "Request").size());
    }

    @Test
    void responsesWithTheirKindAndTerms() {
        Match a = only("Response", "Eswatini has agreed to receive up to 160 deportees from the United States.");
        assertEquals("agreed", value(a, "responseKind"));
        assertEquals(new Quantity(new BigDecimal("160"), "up to"), value(a, "maxPeople"));
        Match b = only("Response", "Nigeria will not accept Venezuelan deportees, its foreign minister said.");
        assertEquals("declined", value(b, "responseKind"));
        assertEquals("NG", key(b, "respondent"));
        Match c = only("Response", "Costa Rica said it would weigh the proposal.");
        assertEquals("considering", value(c, "responseKind"));
        Match d = only("Response", "Montenegro is prepared to temporarily host 40 migrants, officials said.");
        assertEquals("temporarily", value(d, "condition"));
        assertEquals("ME", key(d, "respondent"));
        Match f = only("Response", "Ecuador's president, Daniel Noboa, said on Monday that his government would take up to 200 deportees.");
        assertEquals("EC", key(f, "respondent"));
        assertEquals("daniel-noboa", key(f, "spokesperson"));
    }

    @Test
    void negationIsNeverAgreement() {
        for (String s : List.of("Ghana cannot take noncitizens, a cable said.", "Chad would not take anyone.",
                "Gabon has flatly declined the request.", "Benin said it did not want to become a hub for deportees.")) {
            Match m = only("Response", s);
            assertEquals("declined", value(m, "responseKind"), s);
        }
    }

    @Test
    void transfers() {
        Match a = only("Transfer", "The United States deported 14 Nigerians to Ghana last week.");
        assertEquals("GH", key(a, "destination"));
        assertEquals(Set.of("NG"), keys(a, "nationality"));
        assertEquals(new Quantity(new BigDecimal("14"), null), value(a, "numberOfPeople"));
        Match b = only("Transfer", "The administration flew 238 Venezuelan men to El Salvador in March.");
        assertEquals("SV", key(b, "destination"));
        assertEquals("2025-03", date(b));
        Match c = only("Transfer", "Eswatini received five men deported from the United States on Tuesday.");
        assertEquals("SZ", key(c, "destination"));
        Match d = only("Transfer", "Ghana accepted 14 West African deportees last week.",
                "Of those, 6 have since been repatriated to their home countries.");
        assertEquals("GH", key(d, "destination"));
        // How many went home is the fate of the transfer in focus, not a transfer of 6 people.
        assertEquals("6 have since been repatriated to their home countries", value(d, "fate"));
        assertEquals(new Quantity(new BigDecimal("14"), null), value(d, "numberOfPeople"));
        Extraction modal = extractor.extract(Articles.of("Rwandan officials said they would take 30 more migrants."));
        assertTrue(ofKind(modal, "Transfer").isEmpty(), "a promise to take people is not a transfer");
    }

    @Test
    void quotes() {
        Match a = only("Quote",
                "\u201cWe will not be a dumping ground,\u201d Ghana's foreign minister, Samuel Okudzeto Ablakwa, told reporters on "
                + "Friday.");
        assertEquals("We will not be a dumping ground", value(a, "words"));
        Match b = only("Quote", "\u201cThe deal protects our citizens,\u201d said Nayib Bukele, the president of El Salvador.");
        assertEquals("nayib-bukele", key(b, "speaker"));
        Match c = only("Quote", "Ms. Noem told reporters: \u201cThese are the worst of the worst, and they are gone.\u201d");
        assertEquals("These are the worst of the worst, and they are gone", value(c, "words"));
        Match d = only("Quote", "\u201cWe are ready to help our friends,\u201d Paul Kagame wrote on social media.");
        assertEquals("We are ready to help our friends", value(d, "words"));
    }

    @Test
    void undatedCablesNameTheForeignCountriesOfTheirSentence() {
        Match a = only("DiplomaticCable", "Chad has refused to take Sudanese deportees, a U.S. cable said.");
        assertEquals(Set.of("TD", "SD"), keys(a, "mentionsCountry")); // not the U.S. that wrote it
        assertEquals(null, value(a, "date"));
        Match b = only("DiplomaticCable", "Gabon and Benin were asked to take noncitizens, according to two State Department cables.");
        assertEquals(Set.of("GA", "BJ"), keys(b, "mentionsCountry"));
        Match c = only("DiplomaticCable",
                "Ghanaian officials met U.S. diplomats on March 3 to discuss the request, a cable that month said.");
        assertEquals("2025-03", date(c)); // "that month": the month of the meeting, not its day
        Match d = only("DiplomaticCable", "Officials visited Malawi in April.",
                "But the country has few shelters for people from Burundi, a State Department cable said.");
        assertEquals(Set.of("MW", "BI"), keys(d, "mentionsCountry"));
        Match e = only("DiplomaticCable", "A cable dated May 2 described talks with Chad.",
                "Chad wants trade concessions in return, the cable said.");
        assertEquals("2025-05-02", date(e)); // "the cable" is the one reported last
        Match f = only("DiplomaticNote", "Honduras asked for more time, according to a diplomatic note seen by Reuters.");
        assertEquals(Set.of("HN"), keys(f, "mentionsCountry"));
    }

    @Test
    void aCableIntroducedWithoutCountriesReceivesTheListThatFollows() {
        Extraction e = extractor.extract(Articles.of("A cable sent to embassies in Africa urged diplomats to find partners.",
                "Other countries named in it include Benin and Gabon."));
        List<Match> cables = ofKind(e, "DiplomaticCable");
        assertEquals(1, cables.size(), () -> "only the list is a fact: " + cables);
        assertEquals(Set.of("BJ", "GA"), keys(cables.get(0), "mentionsCountry"));
    }

    @Test
    void requestsImpliedByRefusalsAndMeetings() {
        Match a = only("Request", "Ghana has not agreed, despite repeated requests.");
        assertEquals("GH", key(a, "askee"));
        assertEquals("US", key(a, "asker")); // the home country, whose diplomacy the corpus reports
        Match b = only("Request", "Nigeria refused, despite being pressed by Spanish diplomats.");
        assertEquals("ES", key(b, "asker"));
        Match c = only("Request", "The U.S. ambassador met with leaders in Chad to discuss taking in migrants.");
        assertEquals("TD", key(c, "askee"));
        Match d = only("Request", "American officials began pressing Ghana in March.",
                "They set a deadline of April 30 for an answer.");
        assertEquals("US", key(d, "asker"));
        assertEquals("GH", key(d, "askee"));
    }

    @Test
    void responsesInListsComparisonsAndPermissions() {
        Extraction e = extractor.extract(Articles.of(
                "Several African nations, among them Rwanda and Uganda, have agreed to take in deportees."));
        assertEquals(Set.of("RW", "UG"), Set.copyOf(ofKind(e, "Response").stream().map(m -> key(m, "respondent")).toList()));
        Match b = only("Response", "Nicaragua, unlike its neighbors, has rejected the proposal.");
        assertEquals("declined", value(b, "responseKind"));
        Match c = only("Response", "Guatemala will let the Trump administration use its airport for deportation flights.");
        assertEquals("GT", key(c, "respondent"));
        Extraction court = extractor.extract(Articles.of("The Supreme Court allowed the administration to deport the men."));
        assertTrue(ofKind(court, "Response").isEmpty(), "a court allowing is a ruling, not a country agreeing");
        Match d = only("Response", "Peru's foreign ministry said it would not take anyone.");
        assertEquals("PE", key(d, "respondent")); // the ministry answers for its country
    }

    @Test
    void transfersWithoutACountOrThroughAPrisonOrACharter() {
        Match a = only("Transfer", "Panama is holding 299 migrants deported from the United States in a hotel.");
        assertEquals("PA", key(a, "destination"));
        assertEquals(0, ((Quantity) value(a, "numberOfPeople")).value().compareTo(new BigDecimal("299")));
        Match b = only("Transfer", "El Salvador locked up 238 Venezuelan men in its Terrorism Confinement Center in March.");
        assertEquals(Set.of("VE"), keys(b, "nationality"));
        Match c = only("Transfer", "The administration chartered a flight to Guatemala that carried 60 Salvadorans and Hondurans.");
        assertEquals("GT", key(c, "destination"));
        assertEquals(Set.of("SV", "HN"), keys(c, "nationality"));
        Extraction hosting = extractor.extract(Articles.of("Chad is hosting 2,000 refugees from Sudan."));
        assertTrue(ofKind(hosting, "Transfer").isEmpty(), "refugees a country hosts were not sent from the U.S.");
    }

    @Test
    void aBareQuotationContinuesTheSpeakerOfItsParagraphOnly() {
        Match a = only("Quote", "\u201cWe will not be a dumping ground,\u201d said Samuel Okudzeto Ablakwa, the foreign minister.",
                "\u201cGhana has its own problems to solve first.\u201d");
        assertEquals("samuel-okudzeto-ablakwa", key(a, "speaker"));
    }
}
