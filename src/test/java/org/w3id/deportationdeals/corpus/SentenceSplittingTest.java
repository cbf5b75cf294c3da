package org.w3id.deportationdeals.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How text the seeds do not contain is split: other outlets' styles, abbreviations, numbers, quotes, lists. */
class SentenceSplittingTest {
    @TempDir
    Path dir;

    Article read(String body) throws Exception {
        return Corpus.read(Files.write(dir.resolve("case.txt"), body.getBytes(StandardCharsets.UTF_8)));
    }

    List<String> sentences(String body) throws Exception {
        return read(body).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndASentence() throws Exception {
        assertEquals(List.of(
                "Gov. Jane Q. Smith met Sen. Rubio and Dr. Lee in Washington, D.C. on Sept. 3.",
                "The U.N. refugee agency, the D.H.S. and the E.U. were told that $5.5 million, i.e. 5.5 million"
                        + " dollars, was paid.",
                "No. 2 on the list was St. Lucia."),
                sentences("Gov. Jane Q. Smith met Sen. Rubio and Dr. Lee in Washington, D.C. on Sept. 3. The U.N. refugee"
                        + " agency, the D.H.S. and the E.U. were told that $5.5 million, i.e. 5.5 million dollars, was"
                        + " paid. No. 2 on the list was St. Lucia.\n"));
    }

    @Test
    void aSentenceEndsBeforeADigitOrAnOpeningQuoteAndNotBeforeLowercase() throws Exception {
        assertEquals(List.of("Officials agreed.", "12 flights left.", "\"It worked,\" he said.",
                "It did not end here. and so on."),
                sentences("Officials agreed. 12 flights left. \"It worked,\" he said. It did not end here. and so on.\n"));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() throws Exception {
        assertEquals(List.of("She called it “a disgrace.”", "He asked, ‘Why us?’", "(The cable was dated May 2.)",
                "Talks continue!"),
                sentences("She called it “a disgrace.” He asked, ‘Why us?’ (The cable was dated May 2.) Talks continue!\n"));
    }

    @Test
    void aQuotationThatClosesOnTheLineIsNotSplitButAnUnclosedOneIs() throws Exception {
        assertEquals(List.of("“We said no. They asked again,” the minister said."),
                sentences("“We said no. They asked again,” the minister said.\n"));
        assertEquals(List.of("“We said no.", "They asked again, and we held firm"),
                sentences("“We said no. They asked again, and we held firm\n"));
    }

    @Test
    void everyListItemAndHeadingIsASentenceWithoutItsBullet() throws Exception {
        Article article = read("Countries that agreed\n* Kosovo\n• Costa Rica\n– El Salvador\n1. Panama\n2) Rwanda\n");
        assertEquals(List.of("Countries that agreed", "Kosovo", "Costa Rica", "El Salvador", "Panama", "Rwanda"),
                article.sentences().stream().map(Sentence::text).toList());
        Sentence kosovo = article.sentences().get(1);
        assertEquals("Kosovo", article.body().substring(kosovo.start(), kosovo.end()));
        assertEquals("* ", article.body().substring(kosovo.start() - 2, kosovo.start()));
    }

    @Test
    void aRepeatedListItemIsKeptButARepeatedParagraphIsNot() throws Exception {
        assertEquals(List.of("Agreed", "Kosovo", "Asked", "Kosovo", "Peru said no."),
                sentences("Agreed\n- Kosovo\nAsked\n- Kosovo\nPeru said no.\n\nPeru  said no.\n"));
    }

    @Test
    void aRepeatedParagraphIsRecognisedDespiteDifferentQuotesAndSpaces() throws Exception {
        assertEquals(List.of("It is “urgent,” he said."),
                sentences("It is “urgent,” he said.\nIt is \"urgent,\"\u00a0he said.\n"));
    }

    @Test
    void cutMarksSplitTheTextAroundThemWithoutMovingOffsets() throws Exception {
        String body = "Peru said no. {snip} Rwanda said yes.\n[snip]\n";
        Article article = read(body);
        assertEquals(List.of("Peru said no.", "Rwanda said yes."),
                article.sentences().stream().map(Sentence::text).toList());
        Sentence rwanda = article.sentences().get(1);
        assertEquals(body.indexOf("Rwanda"), rwanda.start());
        assertEquals(1, rwanda.index());
    }

    @Test
    void normalisedTextHasPlainQuotesDashesAndSpacesAtTheSameOffsets() throws Exception {
        Sentence s = read("“It’s a deal — for now,”\u00a0the minister\u2009said.\n").sentences().get(0);
        assertEquals("“It’s a deal — for now,”\u00a0the minister\u2009said.", s.text());
        assertEquals("\"It's a deal - for now,\" the minister said.", s.normalised());
        assertEquals("\"It's a deal - for now,\" the minister said.", Corpus.normalise(s.text()));
    }

    @Test
    void aLineNamingTheArticlesOwnPublisherIsAMasthead() throws Exception {
        assertEquals(List.of("Kosovo agreed."),
                sentences("---\npublisher: The Daily Planet\n---\nThe Daily Planet\nKosovo agreed.\nthe daily planet\n"));
    }

    @Test
    void linesThatOnlyLookLikeBoilerplateAreKept() throws Exception {
        List<String> kept = List.of(
                "By contrast, Peru refused.",
                "By this week, 107 had returned to their countries of origin.",
                "Subscribers to the cable list were told to share this article with embassies.",
                "The Times reviewed the documents.",
                "Read more than 200 cables, the officials said.",
                "Note that Kosovo agreed first.",
                "Officials said the time was 5:12 PM on 6/30/2025 when the flight left.");
        assertEquals(kept, sentences(String.join("\n", kept) + "\n"));
    }

    @Test
    void aHardWrappedParagraphIsJoinedButAHeadingIsNot() throws Exception {
        Article article = read("Deals in Africa\nThe cable said Rwanda would take ten more\ndeportees. Eswatini was\n"
                + "  asked in March.\nKosovo agreed.\n");
        assertEquals(List.of("Deals in Africa", "The cable said Rwanda would take ten more\ndeportees.",
                "Eswatini was\n  asked in March.", "Kosovo agreed."),
                article.sentences().stream().map(Sentence::text).toList());
    }
}
