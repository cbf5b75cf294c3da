package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonFinderTest {

    private static List<String> keys(PersonFinder f, String text) {
        return f.find(Sentences.of(text)).stream().map(Mention::key).toList();
    }

    private static Map<String, PersonInfo> people(PersonFinder f) {
        return f.people().stream().collect(Collectors.toMap(PersonInfo::key, Function.identity()));
    }

    @Test
    void aTitleBeforeTheNameGivesThePersonAndRole() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("marco-rubio"), keys(f, "At a cabinet meeting, Secretary of State Marco Rubio spoke with passion"));
        PersonInfo rubio = people(f).get("marco-rubio");
        assertEquals("Marco Rubio", rubio.name());
        assertEquals("secretary of state", rubio.role());
    }

    @Test
    void anOfficeWrittenOutBeforeTheNameMakesItAPersonsName() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("rolando-choque"), keys(f, "The deputy Rolando Choque questioned the agreement."));
        assertEquals("deputy", people(f).get("rolando-choque").role());
        assertEquals(List.of("marlene-castellanos"), keys(f,
                "\"Nobody stays here,\" said the vice-minister for consular affairs, Marlene Castellanos."));
        assertEquals(List.of("julio-cesar-ortega"), keys(f, "\"They end up here,\" said Father Julio C\u00e9sar Ortega."));
        assertEquals(List.of("tarek-al-mabrouk"), keys(f, "\"It is false,\" said Tarek al-Mabrouk, a member of the commission."));
        // What an office is of is a portfolio, not its holder; a relative or a lawyer of someone is a person's.
        assertEquals(List.of("marcia-loureiro-tavares"), keys(f,
                "said the secretary of Consular Affairs, ambassador M\u00e1rcia Loureiro Tavares, in an interview"));
        assertEquals(List.of("jordin-melgar"), keys(f, "the lawyer of Jordin Melgar said"));
        // A capitalised word before a name is no office written out: "Monday Rolando" stays unnamed.
        assertEquals(List.of(), keys(f, "On Monday Rolando Choquehuanca Apaza questioned it."));
    }

    @Test
    void aCapitalisedPortfolioAfterTheRoleIsCutOffTheName() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("carolina-ruales"), keys(f,
                "\"Ecuador is not a prison,\" Vice-Minister of Human Mobility Carolina Ruales said on Wednesday."));
        assertEquals("vice-minister", people(f).get("carolina-ruales").role());
        assertEquals(List.of("omar-garcia"), keys(f, "Secretary of Public Security Omar Garcia said the flights would go on."));
        // what an office is of, with no name after it, is still no person
        assertEquals(List.of(), keys(f, "The vice-minister of Consular Affairs declined to comment."));
    }

    @Test
    void anAppositiveGivingSomeonesNationalityMakesANameAPersons() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("jordin-melgar"), keys(f, "Jordin Melgar, a Salvadoran who has lived in the U.S. since 2018, was flown out."));
        assertEquals(List.of("rusa-mbeki"), keys(f, "Rusa Mbeki, a Burundian man, was sent to Kigali."));
        // A company or a region described by nationality is no person.
        assertEquals(List.of(), keys(f, "Acme Holdings, a Ghanaian company, won the contract."));
    }

    @Test
    void laterShortReferencesResolveToTheFullNameSeenEarlier() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("elmer-schialer"), keys(f,
                "Peru\u2019s foreign minister, Elmer Schialer, reiterated this message on June 16"));
        assertEquals(List.of("elmer-schialer"), keys(f, "But Mr. Schialer said his country would consider the option"));
        assertEquals(List.of("elmer-schialer"), keys(f, "Schialer did not reply."));
        PersonInfo p = people(f).get("elmer-schialer");
        assertEquals("foreign minister", p.role());
        assertEquals("PE", p.affiliationIso2());
        assertEquals(1, f.people().size());
    }

    @Test
    void aHeadOfStateWithALongNameIsKnownInFullOrByTheFirstWords() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("teodoro-obiang-nguema-mbasogo"), keys(f,
                "The State Department sent the government of President Teodoro Obiang Nguema Mbasogo $7.5 million."));
        assertEquals("GQ", people(f).get("teodoro-obiang-nguema-mbasogo").affiliationIso2());
        PersonFinder g = PersonFinder.forArticle();
        assertEquals(List.of("teodoro-obiang-nguema-mbasogo"), keys(g,
                "The State Department paid the government of President Teodoro Obiang $7.5 million."));
    }

    @Test
    void anAppositiveGivesRoleAndAgency() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("tricia-mclaughlin"), keys(f,
                "\u201cFire up the deportation planes,\u201d Tricia McLaughlin, a Homeland Security Department spokeswoman, wrote on "
                + "social media."));
        assertEquals(List.of("tricia-mclaughlin"), keys(f,
                "\u201cIf you enter unlawfully, you will be removed,\u201d Ms. McLaughlin said."));
        PersonInfo p = people(f).get("tricia-mclaughlin");
        assertEquals("spokeswoman", p.role());
        assertEquals("dhs", p.affiliationAgencyKey());
        assertEquals("US", p.affiliationIso2());
        PersonFinder g = PersonFinder.forArticle();
        assertEquals(List.of("mark-hetfield"), keys(g,
                "Mark Hetfield, president of HIAS, a refugee resettlement agency, said the expulsions were unjust."));
        assertEquals("hias", people(g).get("mark-hetfield").affiliationAgencyKey());
        assertEquals("president", people(g).get("mark-hetfield").role());
    }

    @Test
    void speechVerbsFirstNamesAndCuesMarkPeople() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("eric-rubin"), keys(f,
                "\u201cThey\u2019re succeeding in terrorizing people,\u201d said Eric Rubin, a retired career diplomat."));
        assertEquals(List.of("ngoc-phan", "tuan-thanh-phan"), keys(f,
                "said Ngoc Phan, the wife of Tuan Thanh Phan, a resident of Washington State"));
        assertEquals(List.of("jody-garcia", "annie-correal"), keys(f,
                "Jody García contributed reporting from Guatemala City, and Annie Correal from Mexico City."));
        assertEquals(List.of("kwame-osei"), keys(f, "Kwame Osei told reporters the plan was unlawful."));
    }

    @Test
    void aSpeechVerbAfterAnAppositiveMarksThePersonBeforeIt() {
        // The verb follows the appositive's closing comma: "Mekdes Alemu, 29, said", "X, one of his attorneys, told".
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("mekdes-alemu"), keys(f,
                "One of the women in the new group, Mekdes Alemu, 29, said she had spent 14 months in detention."));
        assertEquals(List.of("simon-sandoval-moshenberg"), keys(f,
                "\"It is a punishment,\" Simon Sandoval-Moshenberg, one of his attorneys, told reporters."));
        assertEquals(List.of(), keys(f, "Reached by phone in Lagos, the deportees said they had been beaten."));
        assertEquals(List.of("jeanne-shaheen"), keys(f,
                "Senator Jeanne Shaheen of New Hampshire, the top Democrat on the committee, wrote in a letter."));
    }

    @Test
    void countriesBodiesAndNamesUsedAsModifiersAreNotPeople() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of(), keys(f,
                "The Trump administration has spoken to at least 29 nations in Europe, Latin America, Africa and Asia."));
        assertEquals(List.of(), keys(f, "Likewise, a Georgian diplomat did not offer a response, the State Department said."));
        assertEquals(List.of(), keys(f, "Costa Rica took 200 deportees, including citizens of China, India and Nepal."));
        assertEquals(List.of("donald-trump"), keys(f, "It was a glimpse into President Trump\u2019s wide campaign."));
        assertEquals("president", people(f).get("donald-trump").role());
    }

    @Test
    void laterReferencesByMoreThanOneWordOrByOneOfTwoSurnamesResolveToTheFullName() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("chris-van-hollen"), keys(f, "Senator Chris Van Hollen of Maryland cited State Department figures."));
        assertEquals(List.of("chris-van-hollen"), keys(f, "\"We are paying dictators,\" Van Hollen said afterward."));
        assertEquals(List.of("javier-salinas-roca"), keys(f, "Deputy Foreign Minister Javier Salinas Roca confirmed on Wednesday."));
        assertEquals(List.of("javier-salinas-roca"), keys(f, "\"We have received the letter,\" Salinas told reporters."));
        assertEquals(List.of("surangel-whipps-jr"), keys(f, "President Surangel Whipps Jr. concluded the deal in August."));
        assertEquals(List.of("surangel-whipps-jr"), keys(f, "Whipps has repeatedly defended the arrangement."));
        assertEquals(List.of("ulisses-correia-e-silva"), keys(f, "Prime Minister Ulisses Correia e Silva said on Friday."));
        assertEquals(List.of("ulisses-correia-e-silva"), keys(f, "\"We said no,\" Correia e Silva told reporters."));
    }

    @Test
    void portfolioWordsOfATitleAndTheBodyASpokespersonSpeaksForAreNotPartOfTheName() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("penda-shikongo"), keys(f,
                "\"Namibia will not become a dumping ground,\" Deputy Minister of International Relations Penda Shikongo said."));
        assertEquals(List.of("jacinto-soares"), keys(f, "Secretary of State for Security Jacinto Soares said at a press conference."));
        assertEquals(List.of("ilir-dervishi"), keys(f, "\"Albania is a friend,\" said Foreign Ministry spokesperson Ilir Dervishi."));
        assertEquals(List.of(), keys(f, "The island nation's Foreign Ministry said in a statement that talks were ongoing."));
    }

    @Test
    void aRelativeOrWitnessNamedInAnAppositiveIsAPerson() {
        PersonFinder f = PersonFinder.forArticle();
        assertEquals(List.of("marites-santos"), keys(f,
                "\"He served his sentence,\" said his sister, Marites Santos, who lives in Quezon City."));
        assertEquals(List.of("aime-kabeya"), keys(f,
                "\"We cannot add to that,\" a spokesman for the ministry, Aim\u00e9 Kabeya, told reporters."));
    }

    @Test
    void mentionsHaveBodyOffsets() {
        PersonFinder f = PersonFinder.forArticle();
        var s = Sentences.at(2000, "said Eric Rubin, a retired career diplomat.");
        Mention m = f.find(s).get(0);
        assertEquals(2005, m.start());
        assertEquals(2015, m.end());
        assertEquals(EntityType.PERSON, m.type());
        assertEquals("Eric Rubin", m.surface());
    }
}
