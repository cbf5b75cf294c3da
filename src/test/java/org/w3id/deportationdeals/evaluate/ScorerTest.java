package org.w3id.deportationdeals.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.corpus.Sentence;
import org.w3id.deportationdeals.extract.DateValue;
import org.w3id.deportationdeals.extract.EntityType;
import org.w3id.deportationdeals.extract.Match;
import org.w3id.deportationdeals.extract.Mention;
import org.w3id.deportationdeals.extract.Money;
import org.w3id.deportationdeals.extract.Quantity;

/** The scorer on hand-built matches: what counts as found, as spurious, as missed. */
class ScorerTest {
    private static final String ARTICLE = "a1";
    private final ComparedRoles compared = ComparedRoles.bundled();
    private final Scorer scorer = new Scorer(compared);

    private static final Sentence SENTENCE = new Sentence(ARTICLE, 0, 0, 10, "0123456789", "0123456789");

    private static Mention country(String iso2) {
        return new Mention(EntityType.COUNTRY, iso2, 0, 2, iso2, false);
    }

    private static DateValue day(String lexical) {
        return new DateValue(lexical, DateValue.Precision.DAY, null, lexical);
    }

    private static Match match(String kind, Object... roleValues) {
        Map<String, List<Object>> roles = new LinkedHashMap<>();
        for (int i = 0; i < roleValues.length; i += 2) {
            roles.computeIfAbsent((String) roleValues[i], r -> new ArrayList<>()).add(roleValues[i + 1]);
        }
        return new Match("test-rule", kind, SENTENCE, 0, 10, roles);
    }

    private EvaluationReport score(String gold, Match... matches) {
        List<ComparedFact> goldFacts = GoldFile.parse(gold, Path.of(ARTICLE + ".gold"), ARTICLE, compared);
        List<ComparedFact> found = new ArrayList<>();
        for (Match m : matches) {
            found.addAll(scorer.fromMatch(ARTICLE, m));
        }
        return scorer.score(Map.of(ARTICLE, goldFacts), Map.of(ARTICLE, found), List.of());
    }

    private static Money dollars(long amount) {
        return new Money(BigDecimal.valueOf(amount), "USD", null);
    }

    @Test
    void aPaymentWithTheGoldPayerPayeeAndAmountIsATruePositive() {
        EvaluationReport report = score("Payment payer=US payee=RW amount=100000 currency=USD | paid Rwanda $100,000",
                match("Payment", "payer", country("US"), "payee", country("RW"), "amount", dollars(100_000),
                        "purpose", "to take an Iraqi man"));
        KindScore payment = report.kind("Payment").orElseThrow();
        assertEquals(new KindScore("Payment", 1, 0, 0), payment);
        assertEquals(1.0, payment.f1());
    }

    @Test
    void theStateDepartmentAsksForTheUnitedStatesButNotForAnotherCountry() {
        Mention department = new Mention(EntityType.AGENCY, "state-department", 0, 2, "State Department", false);
        assertEquals(new KindScore("Request", 1, 0, 0), score("Request asker=US askee=LK",
                match("Request", "asker", department, "askee", country("LK"))).kind("Request").orElseThrow());
        assertEquals(new KindScore("Request", 1, 0, 0), score("Request asker=state-department askee=LK",
                match("Request", "asker", country("US"), "askee", country("LK"))).kind("Request").orElseThrow());
        assertEquals(new KindScore("Request", 0, 1, 1), score("Request asker=GB askee=LK",
                match("Request", "asker", department, "askee", country("LK"))).kind("Request").orElseThrow());
    }

    @Test
    void aWrongResponseKindIsBothSpuriousAndAMiss() {
        EvaluationReport report = score("Response respondent=XK responseKind=agreed",
                match("Response", "respondent", country("XK"), "responseKind", "declined"));
        assertEquals(new KindScore("Response", 0, 1, 1), report.kind("Response").orElseThrow());
        assertEquals("declined", report.spurious().get(0).roles().get("responseKind").get(0));
        assertEquals("test-rule", report.spurious().get(0).origin());
        assertEquals("a1.gold:1", report.missed().get(0).origin());
    }

    @Test
    void aGoldFactNothingExtractedIsMissedAndTheMicroAverageCountsIt() {
        EvaluationReport report = score("""
                Request asker=US askee=PE | having been pressed repeatedly
                Payment payer=US payee=SV amount=5000000 currency=USD
                """, match("Payment", "payer", country("US"), "payee", country("SV"),
                "amount", new Money(new BigDecimal("5E+6"), "USD", "about")));
        assertEquals(new KindScore("Request", 0, 0, 1), report.kind("Request").orElseThrow());
        assertEquals(new KindScore(KindScore.ALL, 1, 0, 1), report.overall());
        assertEquals(0.5, report.overall().recall());
        assertEquals(1.0, report.overall().precision());
        assertEquals("having been pressed repeatedly", report.missed().get(0).sentence());
    }

    @Test
    void datesAreComparedAtTheGoldPrecision() {
        Match dayCable = match("DiplomaticCable", "date", day("2025-03-12"), "mentionsCountry", country("TG"));
        assertEquals(1, score("DiplomaticCable date=2025-03 mentionsCountry=TG", dayCable).overall().truePositives());
        assertEquals(1, score("DiplomaticCable date=2025 mentionsCountry=TG", dayCable).overall().truePositives());
        assertEquals(0, score("DiplomaticCable date=2025-03-13 mentionsCountry=TG", dayCable).overall().truePositives());
        Match monthCable = match("DiplomaticCable", "date",
                new DateValue("2025-03", DateValue.Precision.MONTH, null, "in March"), "mentionsCountry", country("TG"));
        // "in March" for a cable the text dates March 12 does not find it; as a less specific statement of it, it
        // is not spurious either.
        assertEquals(new KindScore("DiplomaticCable", 0, 0, 1),
                score("DiplomaticCable date=2025-03-12 mentionsCountry=TG", monthCable).kind("DiplomaticCable").orElseThrow());
        assertEquals(new KindScore("DiplomaticCable", 0, 1, 1),
                score("DiplomaticCable date=2025-04-12 mentionsCountry=TG", monthCable).kind("DiplomaticCable").orElseThrow());
    }

    @Test
    void aCableNamingThreeCountriesIsThreeFactsOneOfThemSpurious() {
        Match cable = match("DiplomaticCable", "date", day("2025-03-12"), "mentionsCountry", country("TN"),
                "mentionsCountry", country("TG"), "mentionsCountry", country("FR"));
        EvaluationReport report = score("DiplomaticCable date=2025-03-12 mentionsCountry=TN mentionsCountry=TG", cable);
        assertEquals(new KindScore("DiplomaticCable", 2, 1, 0), report.kind("DiplomaticCable").orElseThrow());
        assertEquals(List.of("FR"), report.spurious().get(0).roles().get("mentionsCountry"));
    }

    @Test
    void duplicatesCollapseAndTheMoreSpecificGoldFactImpliesTheGeneralOne() {
        Match kosovo = match("Response", "respondent", country("XK"), "responseKind", "agreed",
                "maxPeople", new Quantity(BigDecimal.valueOf(50), "up to"));
        EvaluationReport report = score("""
                Response respondent=XK responseKind=agreed maxPeople=50 | Kosovo has agreed to accept up to 50 people.
                Response respondent=XK responseKind=agreed | - Kosovo
                """, kosovo, kosovo);
        assertEquals(new KindScore("Response", 1, 0, 0), report.kind("Response").orElseThrow());
        EvaluationReport wrongNumber = score("Response respondent=XK responseKind=agreed maxPeople=40", kosovo);
        assertEquals(new KindScore("Response", 0, 1, 1), wrongNumber.kind("Response").orElseThrow());
    }

    @Test
    void aLessSpecificExtractionOfAGoldFactIsADuplicateButLeavesTheGoldFactMissed() {
        Match listEntry = match("Response", "respondent", country("XK"), "responseKind", "agreed");
        Match kosovo = match("Response", "respondent", country("XK"), "responseKind", "agreed",
                "maxPeople", new Quantity(BigDecimal.valueOf(50), "up to"));
        String gold = "Response respondent=XK responseKind=agreed maxPeople=50";
        assertEquals(new KindScore("Response", 0, 0, 1), score(gold, listEntry).kind("Response").orElseThrow());
        assertEquals(new KindScore("Response", 1, 0, 0), score(gold, listEntry, kosovo).kind("Response").orElseThrow());
    }

    @Test
    void rolesTheGoldLeavesOutAreNotComparedButNationalitiesAreASet() {
        Match flight = match("Transfer", "destination", country("CR"), "numberOfPeople",
                new Quantity(BigDecimal.valueOf(200), null), "nationality", country("CN"), "nationality", country("IN"));
        assertEquals(1, score("Transfer destination=CR", flight).overall().truePositives());
        assertEquals(1, score("Transfer destination=CR numberOfPeople=200 nationality=IN nationality=CN", flight)
                .overall().truePositives());
        assertEquals(0, score("Transfer destination=CR nationality=CN", flight).overall().truePositives());
    }

    @Test
    void quotesAgreeOnTheirFirstWordsWhateverTheQuoteMarks() {
        Match quote = match("Quote", "speaker", new Mention(EntityType.PERSON, "eric-rubin", 0, 10, "Eric Rubin", false),
                "words", "They\u2019re succeeding in terrorizing people,");
        assertEquals(1, score("Quote speaker=eric-rubin words=\"They're succeeding in terrorizing people\"", quote)
                .overall().truePositives());
        assertEquals(0, score("Quote speaker=eric-rubin words=\"Most of the people\"", quote).overall().truePositives());
    }

    @Test
    void kindsThatAreNotScoredAreIgnored() {
        EvaluationReport report = score("", match("Leverage", "target", country("NG"), "description", "travel ban"));
        assertTrue(report.kinds().isEmpty());
        assertEquals(0, report.spurious().size());
    }

    @Test
    void aBadGoldLineNamesTheFileLineAndProblem() {
        GoldFormatException role = assertThrows(GoldFormatException.class, () -> score("""
                # comment
                Payment payer=US payee=RW
                Response respondant=XK responseKind=agreed
                """));
        assertTrue(role.getMessage().startsWith("a1.gold:3: Response has no compared role respondant"), role.getMessage());
        GoldFormatException date = assertThrows(GoldFormatException.class,
                () -> score("DiplomaticCable date=March-12"));
        assertTrue(date.getMessage().contains("a1.gold:1: date must be an XSD date"), date.getMessage());
        GoldFormatException notation = assertThrows(GoldFormatException.class,
                () -> score("Response respondent=PE responseKind=refused"));
        assertTrue(notation.getMessage().contains("responseKind must be one of [agreed, considering, declined]"),
                notation.getMessage());
    }
}
