package org.w3id.deportationdeals.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms of an English verb: the regular -s, -ed and -ing forms, plus the irregular forms listed in
 * {@code inflections.txt} (so rules say {@code {V:pay}} and still match "paid").
 */
final class Inflections {
    private final Map<String, List<String>> irregular = new HashMap<>();

    void addIrregular(String base, List<String> forms) {
        irregular.put(base, List.copyOf(forms));
    }

    /** Every form of the verb (or verb phrase: "take in" gives "took in", "taken in", ...), base form first. */
    Set<String> forms(String phrase) {
        String p = phrase.trim();
        int space = p.indexOf(' ');
        String verb = space < 0 ? p : p.substring(0, space);
        String rest = space < 0 ? "" : p.substring(space);
        Set<String> out = new LinkedHashSet<>();
        for (String form : verbForms(verb.toLowerCase())) {
            out.add(form + rest);
        }
        return out;
    }

    private Set<String> verbForms(String v) {
        Set<String> out = new LinkedHashSet<>();
        out.add(v);
        List<String> listed = irregular.get(v);
        if (listed != null) {
            out.addAll(listed);
        }
        // Regular forms are generated even for irregular verbs: a form nobody writes ("payed") costs nothing.
        out.add(thirdPerson(v));
        out.add(past(v));
        out.add(gerund(v));
        // Doubling is a guess ("stopped" but "opened"), so the undoubled forms are kept as well.
        if (!v.endsWith("e") && !v.endsWith("y")) {
            out.add(v + "ed");
            out.add(v + "ing");
        }
        return out;
    }

    private static boolean consonant(char c) {
        return "aeiou".indexOf(c) < 0;
    }

    private static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z")
                || v.endsWith("o")) {
            return v + "es";
        }
        if (v.length() > 1 && v.endsWith("y") && consonant(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.length() > 1 && v.endsWith("y") && consonant(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return doubled(v) + "ed";
    }

    private static String gerund(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return doubled(v) + "ing";
    }

    /** Doubles the last consonant of short consonant-vowel-consonant verbs: stop, ban, bar, plan. */
    private static String doubled(String v) {
        int n = v.length();
        if (n >= 3 && n <= 4 && consonant(v.charAt(n - 1)) && "wxy".indexOf(v.charAt(n - 1)) < 0
                && !consonant(v.charAt(n - 2)) && consonant(v.charAt(n - 3))) {
            return v + v.charAt(n - 1);
        }
        return v;
    }
}
