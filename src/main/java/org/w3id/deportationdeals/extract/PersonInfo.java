package org.w3id.deportationdeals.extract;

/**
 * What a {@link PersonFinder} learned about a person from how an article introduced them.
 *
 * @param key                  slug of the fullest name seen ("elmer-schialer")
 * @param name                 that name as written ("Elmer Schialer")
 * @param role                 the role or title given ("foreign minister", "spokeswoman"), or null
 * @param affiliationIso2      the country the role belongs to ("Peru's foreign minister"), or null
 * @param affiliationAgencyKey the agency or organisation key the role belongs to ({@code dhs}, {@code hias}), or null
 */
public record PersonInfo(String key, String name, String role, String affiliationIso2, String affiliationAgencyKey) {}
