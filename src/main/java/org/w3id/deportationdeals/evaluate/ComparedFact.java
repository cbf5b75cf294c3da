package org.w3id.deportationdeals.evaluate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fact as the evaluation compares it: its kind and the compared roles it gives, each as normalised text
 * (country ISO2 codes, slugs, plain numbers, XSD dates, SKOS notations, quoted words).
 *
 * @param articleId the article that states it
 * @param kind      the ontology class local name ({@code Payment}, {@code Request}, ...)
 * @param roles     compared role to its values, in a stable order
 * @param sentence  the sentence it comes from: the gold line's fragment, or the sentence the rule read
 * @param origin    where it was written: {@code file.gold:12} for gold, the rule id for an extracted fact
 */
public record ComparedFact(String articleId, String kind, Map<String, List<String>> roles, String sentence,
                           String origin) {

    public ComparedFact {
        roles = Map.copyOf(roles);
    }

    /** {@code Payment payer=US payee=RW amount=100000 currency=USD}, roles in the order given. */
    public String describe(List<String> order) {
        String values = order.stream().filter(roles::containsKey)
                .flatMap(role -> roles.get(role).stream().map(v -> role + "=" + quoteIfSpaced(v)))
                .collect(Collectors.joining(" "));
        return values.isEmpty() ? kind : kind + " " + values;
    }

    private static String quoteIfSpaced(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }
}
