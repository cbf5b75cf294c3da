package org.w3id.deportationdeals.corpus;

/**
 * A sentence of an article body.
 *
 * @param articleId  the article's id
 * @param index      0-based position among the article's kept sentences
 * @param start      offset of the first character in the body (inclusive)
 * @param end        offset after the last character in the body (exclusive)
 * @param text       {@code body.substring(start, end)} exactly as in the file
 * @param normalised the same text with curly quotes, dashes and non-breaking spaces replaced one character for one
 *                   (so offsets into it equal offsets into {@code text}); extraction reads this
 */
public record Sentence(String articleId, int index, int start, int end, String text, String normalised) {
    public Sentence {
        if (normalised.length() != text.length()) {
            throw new IllegalArgumentException("normalised text must keep offsets: " + text);
        }
    }
}
