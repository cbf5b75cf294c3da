package org.w3id.deportationdeals.extract;

import org.w3id.deportationdeals.corpus.Sentence;

/** Test sentences as the corpus would give them: normalised one character for one, at a body offset. */
final class Sentences {
    private Sentences() {}

    static Sentence at(int bodyOffset, String text) {
        StringBuilder n = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            n.append(switch (c) {
                case '\u2018', '\u2019' -> '\'';
                case '\u201c', '\u201d' -> '"';
                case '\u2013', '\u2014' -> '-';
                case '\u00a0' -> ' ';
                default -> c;
            });
        }
        return new Sentence("test", 0, bodyOffset, bodyOffset + text.length(), text, n.toString());
    }

    static Sentence of(String text) {
        return at(100, text);
    }
}
