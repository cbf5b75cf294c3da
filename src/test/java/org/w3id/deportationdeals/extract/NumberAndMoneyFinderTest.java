package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberAndMoneyFinderTest {
    private final NumberFinder numbers = NumberFinder.load();
    private final MoneyFinder money = MoneyFinder.load();

    private List<String> counts(String text) {
        return numbers.find(Sentences.of(text)).stream()
                .map(q -> q.value().value().toPlainString() + (q.value().qualifier() == null ? "" : " " + q.value().qualifier()))
                .toList();
    }

    private List<String> amounts(String text) {
        return money.find(Sentences.of(text)).stream()
                .map(m -> m.value().amount().toPlainString() + " " + m.value().currency()
                        + (m.value().qualifier() == null ? "" : " " + m.value().qualifier()))
                .toList();
    }

    @Test
    void countsInDigitsAndWordsWithTheirQualifiers() {
        assertEquals(List.of("50 up to"), counts("Kosovo has agreed to accept up to 50 people."));
        assertEquals(List.of("1100"), counts("an influx of 1,100 refugees and asylum seekers from Mozambique"));
        assertEquals(List.of("2000000 nearly"), counts("They noted that nearly two million Venezuelans are already in Peru"));
        assertEquals(List.of("3"), counts("as well as a Yemeni family of three, according State Department cables"));
        assertEquals(List.of("92", "19", "20"),
                counts("transported 92 Uzbeks as well as 19 people from Kazakhstan and 20 from the Kyrgyz Republic"));
        assertEquals(List.of("200 more than"), counts("put more than 200 Venezuelan immigrants into a prison"));
        assertEquals(List.of("300 about"), counts("Panama took about 300 deportees from Africa"));
        assertEquals(List.of("12"), counts("a dozen were sent back"));
        assertEquals(List.of("25 at least", "7"), counts("At least twenty-five men and seven women"));
        assertEquals(List.of("1500 fewer than"), counts("fewer than 1,500 people"));
        assertEquals(List.of("40 about"), counts("roughly 40 detainees"));
    }

    @Test
    void halfADozenIsSixAndHalfOfThemIsNoCount() {
        assertEquals(List.of("6 about"), counts("about half a dozen men were flown to Malabo"));
        assertEquals(List.of(), counts("half of them were released, and half the group stayed"));
    }

    @Test
    void yearsDaysOrdinalsAndVagueWordsAreNotCounts() {
        assertEquals(List.of(), counts("Kosovo, which declared independence from Serbia in 2008"));
        assertEquals(List.of(), counts("in a meeting on Jan. 28 and then on May 8 and June 16, 2025"));
        assertEquals(List.of(), counts("Costa Rica is holding dozens, and hundreds more wait"));
        assertEquals(List.of(), counts("the 16th meeting, the first Trump presidency, COVID-19"));
        assertEquals(List.of(), counts("American Renaissance 6/30/2025 5:12:19 PM"));
        assertEquals(List.of(), counts("In one of the most striking examples, no one came"));
        assertEquals(List.of(), counts("30 percent of them"));
        assertEquals(List.of("6", "3"), counts("They held six meetings over three months"));
        assertEquals(List.of(), counts("on 12 May 2025 and the 3rd of June"));
    }

    @Test
    void moneyIsNotCounted() {
        assertEquals(List.of("10"), counts("paid the country $100,000 to accept an Iraqi citizen; it agreed to take 10 more"));
    }

    @Test
    void amountsOfMoneyAreExactWithCurrencyAndQualifier() {
        assertEquals(List.of("5000000 USD about"), amounts("The U.S. government gave El Salvador about $5 million after"));
        assertEquals(List.of("100000 USD"), amounts("The U.S. government paid Rwanda $100,000 to take an Iraqi man"));
        assertEquals(List.of("2500000000 USD"), amounts("a $2.5 billion aid package"));
        assertEquals(List.of("3000000 USD"), amounts("worth US$ 3m"));
        assertEquals(List.of("7500000 USD"), amounts("in exchange for $US7.5 million in US assistance"));
        assertEquals(List.of("10000000 EUR more than"), amounts("more than €10 million"));
        assertEquals(List.of("5000000 USD"), amounts("5 million dollars"));
        assertEquals(List.of("2000000 EUR"), amounts("two million euros"));
        assertEquals(List.of("750 GBP"), amounts("a £750 fine"));
        assertEquals(List.of(), amounts("200 people and 3 planes"));
    }

    @Test
    void moneySpansIncludeTheQualifierAtBodyOffsets() {
        var s = Sentences.at(500, "gave El Salvador about $5 million after");
        Spanned<Money> m = money.find(s).get(0);
        assertEquals("about $5 million", m.text());
        assertEquals(500 + s.text().indexOf("about"), m.start());
        assertEquals(new BigDecimal("5000000"), m.value().amount());
    }
}
