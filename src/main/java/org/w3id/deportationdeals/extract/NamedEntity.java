package org.w3id.deportationdeals.extract;

/**
 * An agency, court or organisation the gazetteer knows, either listed in a data file or generated from a
 * country-body pattern ("Peru's foreign ministry" is {@code foreign-ministry-pe}).
 *
 * @param type        AGENCY, COURT or ORGANISATION (COUNTRY when asked for a country by key)
 * @param key         slug, the key of mentions of it
 * @param name        display name
 * @param countryIso2 the country it belongs to, or null (international organisations)
 * @param wikidata    Wikidata QID, or null when not recorded
 */
public record NamedEntity(EntityType type, String key, String name, String countryIso2, String wikidata) {}
