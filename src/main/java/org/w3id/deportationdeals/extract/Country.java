package org.w3id.deportationdeals.extract;

import java.util.List;

/**
 * A sovereign state (or a territory reports treat as one) from {@code countries.tsv}.
 *
 * @param iso2     ISO 3166-1 alpha-2 code ({@code XK} for Kosovo), the key of country mentions
 * @param name     English short name
 * @param wikidata Wikidata QID ({@code Q1037})
 * @param names    every name the gazetteer matches, the short name first
 * @param demonyms adjectives and demonyms ("Rwandan", "Uzbeks")
 */
public record Country(String iso2, String name, String wikidata, List<String> names, List<String> demonyms) {
    public Country {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
    }
}
