package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.deportationdeals.extract.Facts.key;
import static org.w3id.deportationdeals.extract.Facts.keys;
import static org.w3id.deportationdeals.extract.Facts.ofKind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who asked whom when reports name the channel of a request: a cable to several embassies, an envoy in a capital. */
class RequestsThroughEnvoysTest {
    private final Extractor extractor = Extractor.load();

    /** Askee country to asker key, for the requests of the text. */
    private Map<String, String> requests(String... sentences) {
        return ofKind(extractor.extract(Articles.of(sentences)), "Request").stream()
                .collect(Collectors.toMap(m -> key(m, "askee"), m -> key(m, "asker"), (a, b) -> a + "," + b));
    }

    @Test
    void theCapitalsACableWentToAreTheGovernmentsItsIssuerAsked() {
        Map<String, String> asked = requests(
                "The State Department instructed its embassies in four South Asian capitals to seek agreements, "
                        + "according to a diplomatic cable reviewed by Bloomberg News.",
                "The cable, dated Nov. 3 and sent to the missions in Colombo, Kathmandu and Dhaka, told ambassadors "
                        + "to present the request.");
        assertEquals(Map.of("LK", "state-department", "NP", "state-department", "BD", "state-department"), asked);
        List<Match> cables = ofKind(extractor.extract(Articles.of(
                "The cable, sent on October 9 to embassies in Manama, Muscat and Kuwait City, said the administration "
                        + "was seeking partners.")), "DiplomaticCable");
        assertEquals(Set.of("BH", "OM", "KW"),
                cables.stream().flatMap(c -> keys(c, "mentionsCountry").stream()).collect(Collectors.toSet()));
    }

    @Test
    void aCableWithoutAnIssuerIsTheHomeCountryAsking() {
        Map<String, String> asked = requests(
                "American diplomats were told to sound out host governments, according to a cable seen by Reuters.",
                "The cable, sent on October 9 to embassies in Manama and Muscat, said the administration was seeking "
                        + "partners.");
        assertEquals(Map.of("BH", "US", "OM", "US"), asked);
    }

    @Test
    void anEmbassyInACapitalAsksThatCapitalsGovernment() {
        assertEquals(Map.of("TL", "US"), requests("The US Embassy in Dili made the request in October last year."));
        assertEquals(Map.of("PG", "US"), requests(
                "Papua New Guinea, which was approached by the US embassy in Port Moresby late last year, has turned "
                        + "the request down."));
        // The embassy in Suva that also covers Tuvalu does not make Fiji the country asked.
        assertTrue(requests("The request was delivered by the US Embassy in Suva, which also covers Tuvalu.")
                .isEmpty());
    }

    @Test
    void askingWhetherACountryReceivedMoneyIsNoRequest() {
        assertTrue(requests("Rep. Gregory Meeks asked whether Rwanda and Eswatini had received money from the same "
                + "account.").isEmpty());
    }
}
