package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article has said so far, for resolving "the country", "it", "there" and "the cable": the countries
 * mentioned in order, and the last document of each kind a rule made a fact about.
 */
final class Discourse {
    private final List<Mention> referents = new ArrayList<>();
    private final Map<String, Map<String, List<Object>>> focus = new HashMap<>();

    void addReferent(Mention m) { referents.add(m); }

    /** Countries mentioned so far, oldest first. */
    List<Mention> referents() { return referents; }

    Map<String, List<Object>> focus(String kind) { return focus.get(kind); }

    void setFocus(String kind, Map<String, List<Object>> roles) { focus.put(kind, roles); }
}
