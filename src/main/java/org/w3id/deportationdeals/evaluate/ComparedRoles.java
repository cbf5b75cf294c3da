package org.w3id.deportationdeals.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.w3id.deportationdeals.extract.EntityType;
import org.w3id.deportationdeals.extract.Gazetteer;
import org.w3id.deportationdeals.extract.NamedEntity;

/** The roles compared per kind of fact and how their values agree, as {@code compared-roles.properties} says. */
final class ComparedRoles {
    private static final String RESOURCE = "compared-roles.properties";
    private static final Pattern XSD_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    /** The kinds in the order the properties file lists them, for tables that read like the file. */
    private static final List<String> KIND_ORDER = List.of("Request", "Response", "Payment", "Transfer", "CourtRuling",
            "DiplomaticCable", "Memo", "DiplomaticNote", "Quote");

    /** How a role's values are read and compared. */
    enum Type { KEY, ACTOR, NUMBER, DATE, WORDS, NOTATION }

    private final Map<String, List<String>> rolesByKind;
    private final Map<String, Set<String>> splitByKind;
    private final Map<String, Type> types;
    private final Map<String, Set<String>> notations;
    private final int quoteWords;
    private final Gazetteer gazetteer;

    private ComparedRoles(Map<String, List<String>> rolesByKind, Map<String, Set<String>> splitByKind,
                          Map<String, Type> types, Map<String, Set<String>> notations, int quoteWords,
                          Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.rolesByKind = rolesByKind;
        this.splitByKind = splitByKind;
        this.types = types;
        this.notations = notations;
        this.quoteWords = quoteWords;
    }

    static ComparedRoles bundled() {
        Properties properties = new Properties();
        try (InputStream in = ComparedRoles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        Map<String, Set<String>> split = new HashMap<>();
        Map<String, Type> types = new HashMap<>();
        Map<String, Set<String>> notations = new HashMap<>();
        int quoteWords = 4;
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(name).trim();
            if (name.startsWith("kind.")) {
                String kind = name.substring("kind.".length());
                List<String> kindRoles = new ArrayList<>();
                Set<String> kindSplit = new TreeSet<>();
                for (String role : value.split("\\s+")) {
                    String bare = role.replace("*", "");
                    kindRoles.add(bare);
                    if (role.endsWith("*")) {
                        kindSplit.add(bare);
                    }
                }
                roles.put(kind, List.copyOf(kindRoles));
                split.put(kind, Set.copyOf(kindSplit));
            } else if (name.startsWith("type.")) {
                String[] words = value.split("\\s+");
                Type type = Type.valueOf(words[0].toUpperCase(Locale.ROOT));
                String role = name.substring("type.".length());
                types.put(role, type);
                if (type == Type.NOTATION) {
                    notations.put(role, Set.copyOf(Arrays.asList(words).subList(1, words.length)));
                }
            } else if (name.equals("quote.words")) {
                quoteWords = Integer.parseInt(value);
            } else {
                throw new IllegalStateException(RESOURCE + ": unknown entry " + name);
            }
        }
        return new ComparedRoles(roles, split, types, notations, quoteWords, Gazetteer.load());
    }

    boolean scores(String kind) {
        return rolesByKind.containsKey(kind);
    }

    /** The compared roles of a scored kind, in the file's order. */
    List<String> roles(String kind) {
        return rolesByKind.getOrDefault(kind, List.of());
    }

    Set<String> kinds() {
        return rolesByKind.keySet();
    }

    /** Orders kinds as a reader expects: asks, answers, money, flights, courts, documents, quotes. */
    int order(String kind) {
        int index = KIND_ORDER.indexOf(kind);
        return index < 0 ? KIND_ORDER.size() : index;
    }

    boolean splits(String kind, String role) {
        return splitByKind.getOrDefault(kind, Set.of()).contains(role);
    }

    Type type(String role) {
        return types.getOrDefault(role, Type.KEY);
    }

    /** Why a gold value is not a valid value of its role, or null when it is. */
    String problemWith(String role, String value) {
        return switch (type(role)) {
            case NUMBER -> number(value) == null ? role + " must be a number written in digits, not " + value : null;
            case DATE -> XSD_DATE.matcher(value).matches() ? null
                    : role + " must be an XSD date (2025-03-12, 2025-03 or 2025), not " + value;
            case NOTATION -> notations.get(role).contains(value) ? null
                    : role + " must be one of " + new TreeSet<>(notations.get(role)) + ", not " + value;
            case WORDS -> words(value).isEmpty() ? role + " must quote some words" : null;
            case KEY, ACTOR -> value.isBlank() || value.contains(" ") ? role + " must be a key without spaces, not '" + value + "'" : null;
        };
    }

    /**
     * Whether an extracted fact agrees with a gold fact: same kind, and every role the gold fact gives has the same
     * values in the extracted one (as sets, each value agreeing by its role's type).
     */
    boolean agree(ComparedFact gold, ComparedFact extracted) {
        if (!gold.kind().equals(extracted.kind())) {
            return false;
        }
        for (Map.Entry<String, List<String>> role : gold.roles().entrySet()) {
            List<String> found = extracted.roles().getOrDefault(role.getKey(), List.of());
            if (!sameSet(role.getKey(), role.getValue(), found)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameSet(String role, Collection<String> gold, Collection<String> found) {
        if (found.isEmpty()) {
            return false;
        }
        return gold.stream().allMatch(g -> found.stream().anyMatch(f -> valueAgrees(role, g, f)))
                && found.stream().allMatch(f -> gold.stream().anyMatch(g -> valueAgrees(role, g, f)));
    }

    boolean valueAgrees(String role, String gold, String found) {
        return switch (type(role)) {
            case NUMBER -> {
                BigDecimal g = number(gold);
                BigDecimal f = number(found);
                yield g != null && f != null && g.compareTo(f) == 0;
            }
            // Compared at the gold precision: "in March" is right for a cable the text dates March 12 only if the
            // gold says 2025-03; a rule that says 2025-03 where the text says March 12 is wrong.
            case DATE -> found.equals(gold) || found.startsWith(gold + "-");
            case WORDS -> {
                List<String> g = words(gold);
                List<String> f = words(found);
                int n = Math.min(quoteWords, g.size());
                yield f.size() >= n && g.subList(0, n).equals(f.subList(0, n));
            }
            // The queries report who asked, answered or paid as a country (askerIso2): "the State Department" asks
            // for the United States, so a gold line may name either.
            case ACTOR -> gold.equalsIgnoreCase(found) || country(gold).equalsIgnoreCase(country(found));
            case KEY, NOTATION -> gold.equalsIgnoreCase(found);
        };
    }

    /** The country an agency acts for ({@code state-department}: US), or the key itself. */
    private String country(String key) {
        return gazetteer.entity(EntityType.AGENCY, key).map(NamedEntity::countryIso2).orElse(key);
    }

    /** Lower-case words without punctuation, so typographic quotes and apostrophes never decide a match. */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019\u02bc]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
