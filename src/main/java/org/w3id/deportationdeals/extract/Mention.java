package org.w3id.deportationdeals.extract;

/**
 * A name found in a sentence.
 *
 * @param type     what kind of thing it names
 * @param key      the thing's key: ISO 3166-1 alpha-2 code for countries, a slug for agencies, courts, people
 * @param start    body offset of the first character (inclusive)
 * @param end      body offset after the last character (exclusive)
 * @param surface  the words as written
 * @param demonym  true when the mention is an adjective or demonym ("Iraqi", "Kosovar officials")
 */
public record Mention(EntityType type, String key, int start, int end, String surface, boolean demonym) {}
