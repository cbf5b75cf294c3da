package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest listed phrase starting at a position of a text, on word boundaries, ignoring accents and
 * runs of spaces. Case counts where it tells names from words: every capital that starts a word of the phrase
 * must be a capital in the text ("Democratic Republic of The Congo" matches "Democratic Republic of the Congo",
 * "turkey" does not match "Turkey"), and short all-capital phrases ("US", "DHS", "U.S.") must match exactly, so
 * the pronoun "us" is not the United States.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {

    /** A phrase found: {@code [start, end)} in the text. */
    record Hit<T>(int start, int end, String phrase, T value) {}

    private record Entry<T>(String phrase, T value, boolean exactCase) {}

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>();
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    private final Node<T> root = new Node<>();

    void add(String phrase, T value) {
        String p = phrase.trim().replaceAll("\\s+", " ");
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<T> n = root;
        for (int i = 0; i < p.length(); i++) {
            n = n.next.computeIfAbsent(Text.fold(p.charAt(i)), k -> new Node<>());
        }
        n.entries.add(new Entry<>(p, value, isAcronym(p)));
    }

    private static boolean isAcronym(String p) {
        int letters = 0;
        for (char c : p.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            } else if (c != '.' && c != '&' && c != '-') {
                return false;
            }
        }
        return letters > 0 && letters <= 6;
    }

    /** Longest phrase starting at {@code start} (which must be a word start), or null. */
    Hit<T> longestAt(String text, int start) {
        if (!Text.wordStart(text, start)) {
            return null;
        }
        Hit<T> best = null;
        Node<T> n = root;
        int i = start;
        while (n != null && i <= text.length()) {
            if (!n.entries.isEmpty() && i > start && boundaryAfter(text, i)) {
                for (Entry<T> e : n.entries) {
                    if (caseFits(e, text, start, i)) {
                        best = new Hit<>(start, i, e.phrase(), e.value());
                        break;
                    }
                }
            }
            if (i == text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                Node<T> sp = n.next.get(' ');
                if (sp == null) {
                    break;
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                n = sp;
                continue;
            }
            n = n.next.get(Text.fold(c));
            i++;
        }
        return best;
    }

    /** A phrase ending in a dot ("U.S.", "Dept.") may end a sentence; otherwise the next character must not be a letter. */
    private static boolean boundaryAfter(String text, int i) {
        return Text.wordEnd(text, i) || !Text.isWordChar(text.charAt(i - 1));
    }

    private static <T> boolean caseFits(Entry<T> e, String text, int start, int end) {
        String p = e.phrase();
        String t = text.substring(start, end).replaceAll("\\s+", " ");
        if (t.length() != p.length()) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            char pc = p.charAt(k);
            boolean wordInitial = k == 0 || !Character.isLetter(p.charAt(k - 1));
            if (Character.isUpperCase(pc) && (e.exactCase() || wordInitial) && !Character.isUpperCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Every non-overlapping longest hit, left to right. */
    List<Hit<T>> findAll(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Hit<T> h = Text.wordStart(text, i) ? longestAt(text, i) : null;
            if (h != null) {
                hits.add(h);
                i = h.end();
            } else {
                i++;
            }
        }
        return hits;
    }
}
