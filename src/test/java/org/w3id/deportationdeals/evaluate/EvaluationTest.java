package org.w3id.deportationdeals.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.deportationdeals.corpus.Sentence;
import org.w3id.deportationdeals.extract.DateValue;
import org.w3id.deportationdeals.extract.EntityType;
import org.w3id.deportationdeals.extract.Match;
import org.w3id.deportationdeals.extract.Mention;
import org.w3id.deportationdeals.extract.Quantity;

/** The evaluation scores facts as the graph holds them: statements with one fact IRI are one fact. */
class EvaluationTest {
    private static final String ARTICLE = "a1";
    private static final Sentence LEAD = new Sentence(ARTICLE, 0, 0, 10, "0123456789", "0123456789");
    private static final Sentence NEXT = new Sentence(ARTICLE, 1, 11, 21, "0123456789", "0123456789");

    @TempDir
    Path gold;

    private static Match transfer(Sentence sentence, String date, String... nationalities) {
        Map<String, List<Object>> roles = new LinkedHashMap<>();
        roles.put("destination", List.of(new Mention(EntityType.COUNTRY, "GH", 0, 5, "Ghana", false)));
        roles.put("numberOfPeople", List.of(new Quantity(BigDecimal.valueOf(14), null)));
        roles.put("date", List.of(new DateValue(date, DateValue.Precision.DAY, null, date)));
        List<Object> nat = new ArrayList<>();
        for (String iso2 : nationalities) {
            nat.add(new Mention(EntityType.COUNTRY, iso2, 0, 5, iso2, true));
        }
        roles.put("nationality", nat);
        return new Match("test-rule", "Transfer", sentence, sentence.start(), sentence.end(), roles);
    }

    private EvaluationReport score(String goldLines, Match... matches) throws IOException {
        Files.writeString(gold.resolve(ARTICLE + ".gold"), goldLines);
        return Evaluation.create().score(Map.of(ARTICLE, List.of(matches)), gold);
    }

    @Test
    void aTransferWhoseNationalitiesTheNextSentenceGivesIsOneFactWithAllOfThem() throws IOException {
        // "Fourteen West Africans arrived in Ghana on Friday, five of them Nigerians. The group also included ..."
        EvaluationReport report = score("Transfer destination=GH numberOfPeople=14 nationality=NG nationality=LR nationality=TG\n",
                transfer(LEAD, "2025-09-19", "NG"), transfer(NEXT, "2025-09-19", "LR", "TG"));
        assertEquals(new KindScore("Transfer", 1, 0, 0), report.kind("Transfer").orElseThrow());
    }

    @Test
    void twoGroupsOfTheSameSizeOnDifferentDaysStayTwoTransfers() throws IOException {
        EvaluationReport report = score("""
                Transfer destination=GH numberOfPeople=14 nationality=NG nationality=LR
                Transfer destination=GH numberOfPeople=14 nationality=NG nationality=GM
                """, transfer(LEAD, "2025-09-19", "NG", "LR"), transfer(NEXT, "2025-09-05", "NG", "GM"));
        assertEquals(new KindScore("Transfer", 2, 0, 0), report.kind("Transfer").orElseThrow());
    }
}
