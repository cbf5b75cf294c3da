package org.w3id.deportationdeals.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Character tests and folding shared by the recognisers; folding keeps one character for one. */
final class Text {
    private Text() {}

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True when a word may start at {@code i}: the previous character is not a letter or digit. */
    static boolean wordStart(CharSequence s, int i) {
        return i == 0 || !isWordChar(s.charAt(i - 1));
    }

    /** True when a word may end at {@code i}: the next character is not a letter or digit. */
    static boolean wordEnd(CharSequence s, int i) {
        return i >= s.length() || !isWordChar(s.charAt(i));
    }

    /** Lower case without accents: 'É' and 'é' both fold to 'e', so "Sao Tome" matches "São Tomé". */
    static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.charAt(0));
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    /** "Carlos Ramiro Martínez" becomes {@code carlos-ramiro-martinez}. */
    static String slug(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
