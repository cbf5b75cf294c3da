package org.w3id.deportationdeals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.SeedCorpus;
import org.w3id.deportationdeals.Sparql;
import org.w3id.deportationdeals.validate.ShapeValidator;

/** What the build of the five seed articles must contain. */
class SeedBuildTest {
    private static final String PREVIEW = "https://w3id.org/deportation-deals/graph/article/004_bd655c6b134a1c81";

    @Test
    void everySeedArticleLoadsAndNothingIsRejected() {
        BuildReport report = SeedCorpus.built().report();
        assertEquals(5, report.articlesRead(), report.summary());
        assertTrue(report.articleErrors().isEmpty(), () -> report.articleErrors().toString());
        assertEquals(0, report.factsRejected(), () -> report.rejections().stream()
                .map(r -> r.what() + " " + r.violations()).toList().toString());
        assertTrue(report.factsLoaded() > 50, report.summary());
    }

    @Test
    void theStoredGraphConformsToTheShapesArticleByArticle() {
        ShapeValidator validator = ShapeValidator.bundled();
        var reports = validator.validateDataset(SeedCorpus.built().dataset());
        assertEquals(6, reports.size(), "the shared graphs and five article graphs");
        for (var report : reports) {
            assertTrue(report.report().conforms(), () -> report.graph() + ": " + validator.violations(report.report()));
        }
    }

    @Test
    void thePreviewListGivesSevenCountriesThatAgreedAndFiftyOneThatWereAsked() {
        List<Map<String, String>> agreed = Sparql.select(SeedCorpus.union(), """
                SELECT DISTINCT ?iso WHERE {
                  GRAPH <%s> { ?r a dd:Response ; dd:responseKind dd:Agreed ; dd:respondent ?c ;
                                  dd:evidence/dd:inSentence/nif:anchorOf ?item . }
                  ?c dd:iso2 ?iso ; skos:prefLabel|skos:altLabel ?name .
                  FILTER (LCASE(STR(?item)) = LCASE(STR(?name)))
                }""".formatted(PREVIEW));
        assertEquals(Set.of("CR", "SV", "GT", "XK", "MX", "PA", "RW"), new TreeSet<>(Sparql.column(agreed, "iso")));
        List<Map<String, String>> asked = Sparql.select(SeedCorpus.union(), """
                SELECT DISTINCT ?iso WHERE {
                  GRAPH <%s> { ?q a dd:Request ; dd:asker <https://w3id.org/deportation-deals/id/country/US> ; dd:askee ?c ;
                                  dd:evidence/dd:inSentence/nif:anchorOf ?item . }
                  ?c dd:iso2 ?iso ; skos:prefLabel|skos:altLabel ?name .
                  FILTER (LCASE(STR(?item)) = LCASE(STR(?name)))
                }""".formatted(PREVIEW));
        assertEquals(51, asked.size(), () -> Sparql.column(asked, "iso").toString());
        assertTrue(Sparql.column(asked, "iso").containsAll(List.of("AO", "KG", "CI", "SZ", "ST", "KN", "LC", "CV", "CD", "ZW")));
        assertFalse(Sparql.column(asked, "iso").stream().anyMatch(Sparql.column(agreed, "iso")::contains));
    }

    @Test
    void rwandaWasPaidOneHundredThousandDollarsAndElSalvadorAboutFiveMillion() {
        List<Map<String, String>> rows = Sparql.select(SeedCorpus.union(), """
                SELECT ?payee ?amount ?currency ?qualifier ?payer ?sentence WHERE {
                  ?p a dd:Payment ; dd:payee/dd:iso2 ?payee ; dd:payer/dd:iso2 ?payer ; dd:amount ?amount ;
                     dd:currency ?currency ; dd:evidence/dd:inSentence/nif:anchorOf ?sentence .
                  OPTIONAL { ?p dd:quantityQualifier ?qualifier }
                }""");
        assertTrue(rows.stream().anyMatch(r -> r.get("payee").equals("RW") && r.get("payer").equals("US")
                && new java.math.BigDecimal(r.get("amount")).compareTo(new java.math.BigDecimal(100_000)) == 0
                && r.get("currency").equals("USD")
                && r.get("sentence").contains("paid Rwanda $100,000")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("payee").equals("SV")
                && new java.math.BigDecimal(r.get("amount")).compareTo(new java.math.BigDecimal(5_000_000)) == 0
                && r.get("currency").equals("USD") && r.get("qualifier").equals("about")
                && r.get("sentence").contains("gave El Salvador about $5 million")), rows::toString);
        assertEquals(Set.of("RW", "SV"), new TreeSet<>(Sparql.column(rows, "payee")));
    }

    @Test
    void theCableOfMarchTwelveNamesItsNineCountriesWithEvidence() {
        List<Map<String, String>> rows = Sparql.select(SeedCorpus.union(), """
                SELECT DISTINCT ?iso WHERE {
                  ?cable a dd:DiplomaticCable ; dcterms:issued "2025-03-12"^^xsd:date ; dd:mentionsCountry/dd:iso2 ?iso ;
                         dd:evidence/dd:inSentence ?s .
                }""");
        assertEquals(Set.of("AO", "LY", "MA", "TN", "RW", "TG", "MR", "TJ", "TM"), new TreeSet<>(Sparql.column(rows, "iso")));
        List<Map<String, String>> evidence = Sparql.select(SeedCorpus.union(), """
                SELECT DISTINCT ?sentence WHERE {
                  ?cable a dd:DiplomaticCable ; dcterms:issued "2025-03-12"^^xsd:date ;
                         dd:evidence/dd:inSentence/nif:anchorOf ?sentence .
                }""");
        assertTrue(Sparql.column(evidence, "sentence").stream()
                .anyMatch(s -> s.startsWith("The State Department cable dated March 12 lists Angola")), evidence::toString);
    }

    @Test
    void theDistrictCourtBlockedTheExpulsionsAndTheSupremeCourtAllowedThemOnJuneTwentyThird() {
        List<Map<String, String>> rows = Sparql.select(SeedCorpus.union(), """
                SELECT ?court ?outcome ?date ?sentence WHERE {
                  ?r a dd:CourtRuling ; dd:court/rdfs:label ?court ; dd:outcome/skos:notation ?outcome ;
                     dd:evidence/dd:inSentence/nif:anchorOf ?sentence .
                  OPTIONAL { ?r dd:date ?date }
                }""");
        assertTrue(rows.stream().anyMatch(r -> r.get("outcome").equals("blocked")
                && r.get("court").toLowerCase().contains("district")
                && r.get("sentence").contains("until a U.S. district court blocked those expulsions")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("outcome").equals("allowed")
                && r.get("court").contains("Supreme Court") && r.get("date").equals("2025-06-23")
                && r.get("sentence").startsWith("The Supreme Court ruled on Monday")), rows::toString);
    }

    @Test
    void everyFactHasEvidenceWithOffsetsInsideItsSentence() {
        List<Map<String, String>> bad = Sparql.select(SeedCorpus.union(), """
                SELECT ?fact WHERE {
                  ?fact dd:evidence ?e . ?e dd:inSentence ?s ; nif:beginIndex ?b ; nif:endIndex ?end .
                  ?s nif:beginIndex ?sb ; nif:endIndex ?se .
                  FILTER (?b < ?sb || ?end > ?se || ?b >= ?end)
                }""");
        assertTrue(bad.isEmpty(), bad::toString);
        List<Map<String, String>> withoutEvidence = Sparql.select(SeedCorpus.union(), """
                SELECT ?fact WHERE {
                  VALUES ?type { dd:Request dd:Response dd:Payment dd:CourtRuling dd:Transfer dd:Quote dd:DiplomaticCable }
                  ?fact a ?type . FILTER NOT EXISTS { ?fact dd:evidence ?e }
                }""");
        assertTrue(withoutEvidence.isEmpty(), withoutEvidence::toString);
    }

    @Test
    void aRepostReadsOnMondayAsTheOriginalsMondayNotItsOwn() {
        List<Map<String, String>> rows = Sparql.select(SeedCorpus.union(), """
                SELECT DISTINCT ?date WHERE {
                  GRAPH <https://w3id.org/deportation-deals/graph/article/002_4716038df31e565a> {
                    ?r a dd:CourtRuling ; dd:outcome dd:Allowed ; dd:date ?date }
                }""");
        assertEquals(List.of("2025-06-23"), Sparql.column(rows, "date"), "002 is a repost, published 2025-06-30, of 003 of 2025-06-25");
    }

    @Test
    void aRewriteWithoutADateResolvesTheCableDateInItsOriginalsYear() {
        List<Map<String, String>> rows = Sparql.select(SeedCorpus.union(), """
                SELECT DISTINCT ?iso WHERE {
                  GRAPH <https://w3id.org/deportation-deals/graph/article/000_80354820fcb46e0b> {
                    ?c a dd:DiplomaticCable ; dcterms:issued "2025-03-12"^^xsd:date ; dd:mentionsCountry ?country }
                  ?country dd:iso2 ?iso
                }""");
        assertEquals(Set.of("TG", "TN", "TM"), new TreeSet<>(Sparql.column(rows, "iso")));
    }

    @Test
    void costaRicasFebruaryTransferIsOneFactThoughOnlyOneArticleDatesIt() {
        List<Map<String, String>> rows = Sparql.select(SeedCorpus.union(), """
                SELECT ?transfer (COUNT(DISTINCT ?article) AS ?sources) WHERE {
                  ?transfer a dd:Transfer ; dd:destination <https://w3id.org/deportation-deals/id/country/CR> ; dd:numberOfPeople 200 ;
                            dd:evidence/dd:inArticle ?article .
                } GROUP BY ?transfer""");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("https://w3id.org/deportation-deals/id/transfer/cr-2025-02-200", rows.get(0).get("transfer"));
        assertEquals("2", rows.get(0).get("sources"), "001 says 'In February', 003 'That same month'");
    }
}
