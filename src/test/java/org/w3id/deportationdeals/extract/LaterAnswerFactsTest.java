package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Answers to the home country's requests as later reports word them (responses-focus.rules): who agreed, refused or
 * is still deciding, with the cap they set; and what is no answer at all (a deal between two foreign governments, a
 * country's own citizens, a request for time to pay a debt).
 */
class LaterAnswerFactsTest {
    private final Extractor extractor = Extractor.load();

    private List<Match> answers(String... sentences) {
        return Facts.inLast(extractor, "Response", sentences);
    }

    private Set<String> respondents(String... sentences) {
        return answers(sentences).stream().flatMap(m -> Facts.keys(m, "respondent").stream()).collect(Collectors.toSet());
    }

    @Test
    void whoAgreedWhenTheHomeCountryListsItsDeals() {
        assertEquals(Set.of("SZ", "RW", "UG", "PY"), respondents("The Trump administration has signed similar agreements "
                + "with more than a dozen countries, including Eswatini, Rwanda, Uganda and Paraguay."));
        assertEquals(Set.of("SZ", "RW", "GH"), respondents("Washington has struck third-country deals with Eswatini, which "
                + "has received 15 deportees since July, as well as Rwanda and Ghana."));
    }

    @Test
    void aDealBetweenTwoForeignGovernmentsAnswersNoRequest() {
        assertTrue(answers("Britain has struck deportation deals with Rwanda and Albania.").isEmpty());
        assertTrue(answers("Italy signed similar agreements with several countries, including Albania and Tunisia.").isEmpty());
        assertTrue(answers("Italy signed an agreement with Albania to host migrants.").isEmpty());
        assertTrue(answers("Britain sent 200 asylum seekers to Rwanda under its agreement with Kigali.").isEmpty());
        // The same words with the home country as partner are an answer.
        assertEquals(Set.of("PW"), respondents("Palau, which has signed a memorandum of understanding with the United States, "
                + "received its first group in January."));
    }

    @Test
    void howManyACountryAgreedToTakeWhenAClauseGivesTheNumberAlone() {
        Match rwanda = Facts.only(extractor, "Response", "Rwanda, which agreed to accept as many as 250, has received 23 people.");
        assertEquals("RW", key(rwanda, "respondent"));
        assertEquals(0, new BigDecimal(250).compareTo(((Quantity) value(rwanda, "maxPeople")).value()));
        Match eswatini = answers("Rwanda has agreed to take up to 250 people, and Eswatini, which was promised $5.1 million, "
                + "up to 160.").stream().filter(m -> "SZ".equals(key(m, "respondent"))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal(160).compareTo(((Quantity) value(eswatini, "maxPeople")).value()));
    }

    @Test
    void whoRefusedWhenTheObjectStandsBeforeDown() {
        Match chad = Facts.only(extractor, "Response", "Chad turned it down outright in January, a source in N'Djamena said.");
        assertEquals("TD", key(chad, "respondent"));
        assertEquals("declined", value(chad, "responseKind"));
        assertTrue(answers("Ghana denied that it had turned the request down.").isEmpty());
        assertTrue(answers("If Ghana turned the request down, Washington would impose visa restrictions.").isEmpty());
    }

    @Test
    void whoIsStillDecidingAndWhatIsNoDecisionAtAll() {
        Match seychelles = Facts.only(extractor, "Response", "Seychelles, for its part, has asked for more time.");
        assertEquals("SC", key(seychelles, "respondent"));
        assertEquals("considering", value(seychelles, "responseKind"));
        Match montenegro = Facts.only(extractor, "Response", "In Montenegro, the government confirmed last month that it "
                + "had received a request from Washington and said it was being studied.");
        assertEquals("ME", key(montenegro, "respondent"));
        assertEquals("considering", value(montenegro, "responseKind"));
        assertTrue(answers("Ghana has asked for more time to pay its debts to the IMF.").isEmpty());
        assertTrue(answers("The court said the case was being reviewed by a panel.").isEmpty());
        assertTrue(answers("The Malawi Law Society said it was studying whether the arrangement should have gone before "
                + "Parliament.").isEmpty());
    }

    @Test
    void aLimitOnWhomItTakesIsStillAYesButTakingOnlyItsOwnIsNot() {
        Match uganda = Facts.only(extractor, "Response", "Uganda, which insisted that it would receive only Africans without "
                + "criminal records, had received about 30 people by mid-January.");
        assertEquals("agreed", value(uganda, "responseKind"));
        assertEquals("only Africans without criminal records", value(uganda, "condition"));
        assertTrue(answers("Mexico, which agreed to take back 500 of its own citizens, has received more.").isEmpty());
        // "will not take criminals" sets a condition; it refuses nothing.
        assertTrue(answers("\"But Serbia will not take criminals from anywhere in the world.\"").isEmpty());
    }
}
