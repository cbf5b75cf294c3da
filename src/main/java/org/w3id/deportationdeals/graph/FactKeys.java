package org.w3id.deportationdeals.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.deportationdeals.extract.DateValue;
import org.w3id.deportationdeals.extract.Match;
import org.w3id.deportationdeals.extract.Mention;
import org.w3id.deportationdeals.extract.Money;
import org.w3id.deportationdeals.extract.Quantity;

/**
 * The IRI a statement gets as a fact: its kind's path segment and the values of its identity roles
 * ({@code fact-identity.properties}). Statements with the same IRI are one fact of the graph, whose values are the
 * union of theirs ("Ghana received 14 deportees on Friday" and "The group included five Ethiopians", which carries
 * the transfer in focus on, are one transfer with its nationalities).
 *
 * <pre>{@code
 * FactKeys keys = FactKeys.bundled();
 * String iri = keys.iri("d01", match);           // .../id/transfer/gh-2025-09-05-14
 * String undated = keys.undatedIri("d01", match); // the same without the date, for reconciling undated statements
 * }</pre>
 */
public final class FactKeys {
    private static final FactKeys BUNDLED = new FactKeys(FactIdentity.load());

    private final Map<String, FactIdentity> identities;

    private FactKeys(Map<String, FactIdentity> identities) {
        this.identities = identities;
    }

    /** The identities of {@code fact-identity.properties}. */
    public static FactKeys bundled() {
        return BUNDLED;
    }

    /** The IRI of the fact the match states, in the article of that id. */
    public String iri(String articleId, Match match) {
        return iri(articleId, match, true);
    }

    /** The IRI the fact would have without its date: undated statements are reconciled through it. */
    public String undatedIri(String articleId, Match match) {
        return iri(articleId, match, false);
    }

    /**
     * The undated IRI of a stored fact, from its IRI and the lexical form of its date ({@code dd:date}): how facts
     * already published are matched by the undated statements of a new article. Null when the date is not part of
     * the IRI's key, or is all of it (a fact known by its date alone has no undated form).
     */
    public String undatedIri(String datedIri, String dateLexical) {
        String date = "-" + IriMinter.slug(dateLexical);
        int slash = datedIri.lastIndexOf('/');
        String key = datedIri.substring(slash + 1);
        int at = key.lastIndexOf(date);
        boolean whole = at >= 0 && (at + date.length() == key.length() || key.charAt(at + date.length()) == '-');
        if (at > 0 && whole) {
            return datedIri.substring(0, slash + 1) + key.substring(0, at) + key.substring(at + date.length());
        }
        return null;
    }

    private String iri(String articleId, Match match, boolean withDate) {
        FactIdentity identity = identities.get(match.kind());
        if (identity == null) {
            throw new IllegalArgumentException("rule " + match.ruleId() + " makes facts of kind " + match.kind()
                    + ", which fact-identity.properties does not list");
        }
        List<String> parts = new ArrayList<>();
        for (String role : identity.roles()) {
            if (!withDate && role.equals("date")) {
                continue;
            }
            for (Object value : match.roles().getOrDefault(role, List.of())) {
                parts.add(keyOf(value));
            }
        }
        if (parts.isEmpty()) {
            parts.add(articleId + "-s" + match.sentence().index());
        }
        return IriMinter.fact(identity.pathSegment(), IriMinter.slug(String.join("-", parts)));
    }

    private static String keyOf(Object value) {
        if (value instanceof Mention m) {
            return m.key();
        } else if (value instanceof Quantity q) {
            return q.value().stripTrailingZeros().toPlainString();
        } else if (value instanceof Money m) {
            return m.amount().stripTrailingZeros().toPlainString() + "-" + m.currency();
        } else if (value instanceof DateValue d) {
            return d.lexical();
        } else if (value instanceof String s) {
            return GraphBuilder.isConcept(s) ? s : IriMinter.slug(s);
        }
        return String.valueOf(value);
    }
}
