package org.w3id.deportationdeals.extract;

/** The kinds of named things the gazetteers and name finders recognise. */
public enum EntityType { COUNTRY, AGENCY, COURT, PERSON, ORGANISATION }
