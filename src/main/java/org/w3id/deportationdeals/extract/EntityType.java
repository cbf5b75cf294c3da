package org.w3id.deportationdeals.extract;

/**
 * The kinds of named things the gazetteers and name finders recognise. A {@code PLACE} (a city, airport or camp) has
 * the ISO code of its country as key: it tells where people were sent, never who acted.
 */
public enum EntityType { COUNTRY, AGENCY, COURT, PERSON, ORGANISATION, PLACE }
