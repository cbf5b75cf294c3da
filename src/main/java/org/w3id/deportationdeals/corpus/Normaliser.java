package org.w3id.deportationdeals.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds typographic variants (curly quotes, dashes, odd spaces) to plain ASCII one character for one, so that
 * extraction patterns can be written once and offsets into the folded text are offsets into the body.
 * The table lives in {@code normalisation.txt}.
 */
final class Normaliser {
    private static final Normaliser STANDARD = load("normalisation.txt");

    private final Map<Character, Character> table;

    private Normaliser(Map<Character, Character> table) {
        this.table = table;
    }

    static Normaliser standard() {
        return STANDARD;
    }

    String apply(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            Character folded = table.get(chars[i]);
            if (folded != null) {
                chars[i] = folded;
            }
        }
        return new String(chars);
    }

    static Normaliser load(String resource) {
        Map<Character, Character> table = new HashMap<>();
        List<String> lines = DataFile.lines(resource);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (rule.isEmpty()) {
                continue;
            }
            String[] sides = rule.split("->");
            if (sides.length != 2) {
                throw new IllegalStateException(resource + ":" + (n + 1) + ": expected '<hex ...> -> <hex>'");
            }
            char replacement = codePoint(resource, n, sides[1].strip());
            for (String from : sides[0].strip().split("\\s+")) {
                table.put(codePoint(resource, n, from), replacement);
            }
        }
        return new Normaliser(Map.copyOf(table));
    }

    private static char codePoint(String resource, int n, String hex) {
        try {
            int cp = Integer.parseInt(hex, 16);
            if (cp > 0xFFFF) {
                // a supplementary character is two chars in Java; folding it to one would shift offsets
                throw new IllegalStateException(resource + ":" + (n + 1) + ": only BMP characters can be folded: " + hex);
            }
            return (char) cp;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ":" + (n + 1) + ": not a hex code point: " + hex, e);
        }
    }
}
