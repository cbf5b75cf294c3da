package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.Sentence;

/** The engine's own parts: inflections, macro expansion, the tagged view and the list reader. */
class RuleEngineTest {
    private static final RuleBook BOOK = RuleBook.load();

    @Test
    void verbsGetTheirRegularAndIrregularForms() {
        Inflections inflections = new Inflections();
        inflections.addIrregular("take", List.of("took", "taken", "taking"));
        assertTrue(inflections.forms("take in").containsAll(Set.of("take in", "takes in", "took in", "taken in", "taking in")));
        assertTrue(new Inflections().forms("agree").containsAll(Set.of("agrees", "agreed", "agreeing")));
        assertTrue(new Inflections().forms("stop").containsAll(Set.of("stopped", "stopping", "stops")));
        assertTrue(new Inflections().forms("deny").containsAll(Set.of("denies", "denied", "denying")));
    }

    @Test
    void aVerbMacroAllowsAuxiliariesAndAdverbsButNotNegation() {
        Pattern agreed = BOOK.compile("<COUNTRY:\\d+> {V:agree} to {V:ACCEPT_VERB}", "test");
        assertTrue(agreed.matcher("<COUNTRY:0> has already agreed to take in").find());
        assertTrue(agreed.matcher("<COUNTRY:0> agreed  to accept").find());
        assertTrue(!agreed.matcher("<COUNTRY:0> has not agreed to take").find());
    }

    @Test
    void anUndefinedMacroIsNamedInTheError() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> BOOK.compile("{NO_SUCH_MACRO}", "test.rules:3"));
        assertTrue(e.getMessage().contains("NO_SUCH_MACRO"), e.getMessage());
    }

    @Test
    void theTaggedViewMapsPlaceholdersBackToBodyOffsets() {
        String body = "Intro. Rwanda got $5 million.";
        Sentence s = new Sentence("t", 1, 7, body.length(), body.substring(7), body.substring(7));
        Mention rwanda = new Mention(EntityType.COUNTRY, "RW", 7, 13, "Rwanda", false);
        Spanned<Money> money = new Spanned<>(18, 28, "$5 million", new Money(new BigDecimal("5000000"), "USD", null));
        Spanned<Quantity> five = new Spanned<>(19, 20, "5", new Quantity(BigDecimal.valueOf(5), null));
        TaggedSentence ts = TaggedSentence.of(s, List.of(Token.of(rwanda), Token.money(money), Token.number(five)));
        assertEquals("<COUNTRY:0> got <MONEY:1>.", ts.view());
        int at = ts.view().indexOf("<MONEY");
        assertEquals(18, ts.bodyStart(at));
        assertEquals(28, ts.bodyEnd(at + "<MONEY:1>".length()));
        assertEquals("Rwanda got $5 million", ts.text(0, ts.view().length() - 1));
    }

    @Test
    void aListIsReadWhateverItsCountsAndCountries() {
        List<String> sentences = new ArrayList<>(List.of("The administration has talked to several countries.",
                "3 countries have agreed to accept deportees from other nations",
                "4 countries have been asked to take deportees", "Full list"));
        List<String> agreed = List.of("Bhutan", "Ghana", "Uganda");
        List<String> asked = List.of("Benin", "Chad", "Laos", "Nepal");
        agreed.forEach(c -> sentences.add("- " + c));
        asked.forEach(c -> sentences.add("- " + c));
        Article article = Articles.of(sentences.toArray(String[]::new));
        Extraction e = Extractor.load().extract(article);
        Set<String> agreedKeys = new TreeSet<>();
        Set<String> askedKeys = new TreeSet<>();
        for (Match m : e.matches()) {
            if (m.ruleId().equals("list.agreed-to-accept")) {
                agreedKeys.add(key(m, "respondent"));
            } else if (m.ruleId().equals("list.asked-to-accept")) {
                askedKeys.add(key(m, "askee"));
                assertEquals("US", key(m, "asker"));
            }
        }
        assertEquals(Set.of("BT", "GH", "UG"), agreedKeys);
        assertEquals(Set.of("BJ", "TD", "LA", "NP"), askedKeys);
    }

    @Test
    void aListThatTheHeadersCannotCountMakesNoFacts() {
        Article article = Articles.of("3 countries have agreed to accept deportees", "- Ghana", "- Benin", "- Chad", "- Laos");
        assertTrue(Extractor.load().extract(article).matches().stream().noneMatch(m -> m.ruleId().startsWith("list.")));
    }

    @Test
    void theCountryMeansTheOneMentionedLast() {
        Extraction e = Extractor.load().extract(Articles.of("Talks with Gabon moved quickly.",
                "The administration paid the country $3 million in May to accept 20 deportees."));
        Match m = e.matches().stream().filter(x -> x.kind().equals("Payment")).findFirst().orElseThrow();
        assertEquals("GA", key(m, "payee"));
        assertEquals("US", key(m, "payer"));
        assertEquals("to accept 20 deportees", value(m, "purpose"));
    }

    @Test
    void aPersonNamedByNationalityCountsAsOnePersonSent() {
        Match m = Facts.only(Extractor.load(), "Transfer",
                "A judge ordered the government to return a Guatemalan man who was deported to Mexico in February.");
        assertEquals(new Quantity(BigDecimal.ONE, null), value(m, "numberOfPeople"));
        assertEquals("MX", key(m, "destination"));
        assertEquals("GT", key(m, "nationality"));
    }

    @Test
    void allFourGovernmentsAreTheFourCountriesNamedJustBefore() {
        List<Match> answers = Facts.inLast(Extractor.load(), "Response",
                "Washington asked Ghana, Togo, Benin and Niger last month to accept deportees from other countries.",
                "All four governments agreed, officials said.");
        assertEquals(Set.of("GH", "TG", "BJ", "NE"),
                answers.stream().map(m -> key(m, "respondent")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(4, answers.size(), "one answer per government");
    }

    @Test
    void bothCountriesAreTheLastTwoAndAPairMayIncludeTheHomeCountry() {
        List<Match> refusals = Facts.inLast(Extractor.load(), "Response",
                "Officials approached Gabon in April.", "U.S. diplomats then approached Chad and Niger.",
                "Both countries refused, officials said.");
        assertEquals(Set.of("TD", "NE"),
                refusals.stream().flatMap(m -> Facts.keys(m, "respondent").stream()).collect(java.util.stream.Collectors.toSet()));
        // "the two countries" after "Paraguay and the United States" is that pair: only Paraguay can answer.
        List<Match> pair = Facts.inLast(Extractor.load(), "Response", "Officials met Chad's envoy in May.",
                "Paraguay and the United States held talks on Monday.", "The two countries agreed to the deal on Tuesday.");
        assertEquals(List.of("PY"), pair.stream().map(m -> key(m, "respondent")).toList());
    }

    @Test
    void moreGovernmentsThanTheTextNamedAnswerForNobody() {
        assertTrue(Facts.inLast(Extractor.load(), "Response", "U.S. diplomats approached Chad and Niger.",
                "All three governments refused, officials said.").stream().allMatch(m -> Facts.keys(m, "respondent").isEmpty()));
    }
    @Test
    void theNationalitiesInTheNextSentenceAreThoseOfTheGroupStatedLast() {
        // Two groups in one sentence: "the men" of the next sentence are the seven, whatever order the rules ran in.
        Extraction e = Extractor.load().extract(Articles.of(
                "Five deportees were flown to Ghana in September and seven men arrived in Accra on Tuesday.",
                "Officials said the men were from Sudan, Eritrea and Afghanistan."));
        Map<String, Set<String>> nationalities = new java.util.TreeMap<>();
        Facts.ofKind(e, "Transfer").forEach(m -> nationalities.computeIfAbsent(value(m, "numberOfPeople").toString(),
                k -> new TreeSet<>()).addAll(Facts.keys(m, "nationality")));
        assertEquals(Set.of(), nationalities.get(new Quantity(BigDecimal.valueOf(5), null).toString()));
        assertEquals(Set.of("AF", "ER", "SD"), nationalities.get(new Quantity(BigDecimal.valueOf(7), null).toString()));
    }

    @Test
    void aRunningTotalNeverTakesTheNextSentencesNationalities() {
        Extraction e = Extractor.load().extract(Articles.of(
                "Seven men deported from the United States arrived in Kigali on Tuesday, bringing the total to 18.",
                "Officials said the men were from Sudan, Eritrea and Afghanistan."));
        List<Match> transfers = Facts.ofKind(e, "Transfer");
        Match total = transfers.stream().filter(m -> value(m, "numberOfPeople").equals(new Quantity(BigDecimal.valueOf(18), null)))
                .findFirst().orElseThrow();
        assertEquals(Set.of(), Facts.keys(total, "nationality"));
        assertTrue(transfers.stream().anyMatch(m -> Facts.keys(m, "nationality").equals(Set.of("AF", "ER", "SD"))), transfers::toString);
    }

    @Test
    void aSumWhosePayeeTheNextSentenceNamesIsOnePaymentAndACompletePaymentIsNotRedirected() {
        List<Match> pending = Facts.ofKind(Extractor.load().extract(Articles.of(
                "The largest sum, roughly $4 million, is listed under migration and border capacity.",
                "It is to go to Sierra Leone, which signed an agreement in November.")), "Payment");
        assertEquals(1, pending.size(), pending::toString);
        assertEquals("SL", key(pending.get(0), "payee"));
        assertEquals(0, new BigDecimal("4000000").compareTo(((Money) value(pending.get(0), "amount")).amount()));
        // A payment that already has its payee is not given another one.
        List<Match> complete = Facts.ofKind(Extractor.load().extract(Articles.of(
                "The U.S. paid Rwanda $1 million in May.", "The money would be paid to the government of Liberia.")), "Payment");
        assertEquals(Set.of("RW"), complete.stream().map(m -> key(m, "payee")).collect(java.util.stream.Collectors.toSet()));
    }
}
