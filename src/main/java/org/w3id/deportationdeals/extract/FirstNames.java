package org.w3id.deportationdeals.extract;

import java.util.HashSet;
import java.util.Set;

/** The given names in {@code first-names.txt}, folded; shared by the gazetteer (to tell "Chad Wolf" from Chad) and the person finder. */
final class FirstNames {
    private static volatile Set<String> names;

    private FirstNames() {}

    static Set<String> load() {
        Set<String> n = names;
        if (n == null) {
            Set<String> s = new HashSet<>();
            ResourceTable.words("first-names.txt").forEach(w -> s.add(Text.fold(w)));
            names = n = Set.copyOf(s);
        }
        return n;
    }
}
