package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article has said so far, for resolving "the country", "it", "there" and "the cable": the countries
 * mentioned in order, the people mentioned (for "he said"), and the last document of each kind a rule made a fact
 * about.
 */
final class Discourse {
    private final List<Mention> referents = new ArrayList<>();
    private final List<Integer> referentSentence = new ArrayList<>();
    private final Map<String, Map<String, List<Object>>> focus = new HashMap<>();
    private final Map<String, Integer> focusSentence = new HashMap<>();
    /** Every fact put in focus, per kind, with its sentence: "The cable, dated Nov. 3" names again the cable before. */
    private final Map<String, List<Map.Entry<Integer, Map<String, List<Object>>>>> focusHistory = new HashMap<>();
    private final List<Mention> people = new ArrayList<>();
    private final List<Integer> personSentence = new ArrayList<>();
    private final Map<String, String> affiliation = new HashMap<>();
    private final Map<Integer, Integer> paragraphOf = new HashMap<>();
    private int paragraph;
    private final Map<Integer, Integer> firstOf = new HashMap<>();
    private final Map<Integer, Mention> topicOf = new HashMap<>();

    /** The extractor calls this before each sentence: true when a line break separates it from the one before. */
    void startSentence(int sentence, boolean newParagraph) {
        if (newParagraph) {
            paragraph++;
        }
        paragraphOf.put(sentence, paragraph);
        firstOf.putIfAbsent(paragraph, sentence);
    }

    /** Whether two sentences are in the same paragraph (sentences the extractor was not told about are). */
    boolean sameParagraph(int a, int b) {
        return paragraphOf.getOrDefault(a, 0).equals(paragraphOf.getOrDefault(b, 0));
    }

    void addReferent(Mention m, int sentence) {
        referents.add(m);
        referentSentence.add(sentence);
    }

    /**
     * Records the country a paragraph starts with ("- Eswatini: the kingdom agreed ...", "Neighbouring Rwanda received
     * ..."): called with the first sentence of each paragraph.
     */
    void setTopic(int sentence, Mention country) {
        topicOf.putIfAbsent(paragraphOf.getOrDefault(sentence, 0), country);
    }

    /** Whether the sentence is the first of its paragraph. */
    boolean startsParagraph(int sentence) {
        return sentence == firstOf.getOrDefault(paragraphOf.getOrDefault(sentence, 0), -1);
    }

    /**
     * The country {@code sentence}'s paragraph starts with, when that paragraph began after sentence {@code after} and
     * names no country of {@code focused} before {@code sentence}; else null.
     */
    Mention paragraphTopic(int sentence, int after, List<String> focused) {
        int p = paragraphOf.getOrDefault(sentence, 0);
        Mention topic = topicOf.get(p);
        if (topic == null || firstOf.getOrDefault(p, -1) <= after) {
            return null;
        }
        for (int i = 0; i < referents.size(); i++) {
            int at = referentSentence.get(i);
            if (at < sentence && paragraphOf.getOrDefault(at, -1) == p && focused.contains(referents.get(i).key())) {
                return null;
            }
        }
        return topic;
    }

    /** Countries mentioned in the {@code window} sentences before {@code sentence}, oldest first. */
    List<Mention> referentsSince(int sentence, int window) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < referents.size(); i++) {
            if (sentence - referentSentence.get(i) <= window) {
                out.add(referents.get(i));
            }
        }
        return out;
    }

    /** The country a person of the article speaks for ("Costa Rican President Rodrigo Chaves"), when known. */
    void affiliate(String personKey, String iso2) {
        if (iso2 != null) {
            affiliation.put(personKey, iso2);
        }
    }

    String affiliation(String personKey) { return affiliation.get(personKey); }

    void addPerson(Mention m, int sentence) {
        people.add(m);
        personSentence.add(sentence);
    }

    /**
     * The person mentioned last, if that was at most {@code window} sentences before {@code sentence}: whom "he said"
     * or a quotation standing alone points at. Reports name the speaker just before such sentences.
     */
    Mention lastPerson(int sentence, int window) {
        int i = people.size() - 1;
        return i >= 0 && sentence - personSentence.get(i) <= window ? people.get(i) : null;
    }

    /** Countries mentioned so far, oldest first. */
    List<Mention> referents() { return referents; }

    Map<String, List<Object>> focus(String kind) { return focus.get(kind); }

    /** Sentence index of the fact in focus for the kind, or -1. */
    int focusSentence(String kind) { return focusSentence.getOrDefault(kind, -1); }

    void setFocus(String kind, Map<String, List<Object>> roles, int sentence) {
        focus.put(kind, roles);
        focusSentence.put(kind, sentence);
        focusHistory.computeIfAbsent(kind, k -> new ArrayList<>()).add(Map.entry(sentence, roles));
    }

    /**
     * The role of the latest fact of the kind put in focus in this sentence or the {@code window} before that gives
     * it, or null: the issuer a report named with the cable ("The State Department instructed ..., according to a
     * cable") when the next sentence names the cable again by its date.
     */
    List<Object> recentRole(String kind, String role, int sentence, int window) {
        List<Map.Entry<Integer, Map<String, List<Object>>>> history = focusHistory.getOrDefault(kind, List.of());
        for (int i = history.size() - 1; i >= 0; i--) {
            Map.Entry<Integer, Map<String, List<Object>>> e = history.get(i);
            if (e.getKey() < sentence - window) {
                return null;
            }
            if (e.getKey() <= sentence && e.getValue().containsKey(role)) {
                return e.getValue().get(role);
            }
        }
        return null;
    }
}
