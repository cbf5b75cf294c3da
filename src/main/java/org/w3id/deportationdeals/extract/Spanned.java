package org.w3id.deportationdeals.extract;

/**
 * A value found at a span of an article body.
 *
 * @param start body offset of the first character (inclusive)
 * @param end   body offset after the last character (exclusive)
 * @param text  the words as written
 * @param value the parsed value: a {@link Quantity}, {@link Money} or {@link DateValue}; for a date that cannot be
 *              resolved (no publication date for "on Monday"), {@code null}
 * @param <T>   the value's type
 */
public record Spanned<T>(int start, int end, String text, T value) {}
