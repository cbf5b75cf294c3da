package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reading matches the way the tests ask about them. */
final class Facts {

    /**
     * The one fact of the given kind the extractor finds in the last of the sentences (the earlier ones give context);
     * fails when there is none or more than one.
     */
    static Match only(Extractor extractor, String kind, String... sentences) {
        List<Match> found = inLast(extractor, kind, sentences);
        assertEquals(1, found.size(), () -> kind + " in " + sentences[sentences.length - 1] + ": " + found);
        return found.get(0);
    }

    /** The facts of a kind the last sentence states, the sentences before it read as its context. */
    static List<Match> inLast(Extractor extractor, String kind, String... sentences) {
        Extraction e = extractor.extract(Articles.of(sentences));
        return ofKind(e, kind).stream().filter(m -> m.sentence().index() == sentences.length - 1).toList();
    }
    private Facts() {}

    static List<Match> ofKind(Extraction e, String kind) {
        return e.matches().stream().filter(m -> m.kind().equals(kind)).toList();
    }

    /** The keys of the mentions a role holds. */
    static Set<String> keys(Match m, String role) {
        return m.roles().getOrDefault(role, List.of()).stream().filter(v -> v instanceof Mention)
                .map(v -> ((Mention) v).key()).collect(Collectors.toCollection(TreeSet::new));
    }

    static String key(Match m, String role) {
        Set<String> keys = keys(m, role);
        return keys.size() == 1 ? keys.iterator().next() : null;
    }

    static Object value(Match m, String role) {
        List<Object> v = m.roles().getOrDefault(role, List.of());
        return v.size() == 1 ? v.get(0) : null;
    }

    static String date(Match m) {
        return m.roles().containsKey("date") ? ((DateValue) value(m, "date")).lexical() : null;
    }

    static String cited(Extraction e, Match m) {
        return e.article().body().substring(m.start(), m.end());
    }
}
