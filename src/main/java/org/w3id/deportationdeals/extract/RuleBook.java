package org.w3id.deportationdeals.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The extraction rules as the resource folder {@code rules/} gives them: {@code rules.properties} names the files
 * and their order, {@code macros.txt} the shared word lists, {@code inflections.txt} the irregular verbs, and each
 * {@code .rules} file holds rules for one kind of fact (format in that folder's README.md). Patterns are expanded
 * and compiled once, here.
 */
final class RuleBook {
    static final String FOLDER = "rules/";
    /**
     * A group that binds no role but must name the home country or one of its agencies, else the match makes no fact:
     * the side a deal was struck with or by ("Washington has signed similar agreements with A and B").
     */
    static final String HOME_GROUP = "home";
    private static final Pattern MACRO_REF = Pattern.compile("\\{(?:(V:)([A-Za-z_][A-Za-z0-9_ |-]*)|([A-Z][A-Z0-9_]*))\\}");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");
    private static final Set<String> KEYS = Set.of("rule", "kind", "example", "context", "pattern", "set", "each",
            "fill", "require", "awaits", "focus", "scope", "needs", "recap", "disabled", "note");

    private final Map<String, String> macros = new LinkedHashMap<>();
    private final Inflections inflections = new Inflections();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Rule> listHeaders = new ArrayList<>();
    private final Map<String, String> roleTypes = new HashMap<>();
    private final Set<String> textRoles = new HashSet<>();
    private final Set<String> actorRoles = new HashSet<>();
    private final Set<String> documentKinds = new HashSet<>();
    private final Set<String> notHomeRoles = new HashSet<>();
    private final Set<String> notHomeValues = new HashSet<>();
    private final Set<String> personCountryRoles = new HashSet<>();
    private final Set<String> homeSideRoles = new HashSet<>();
    private final Set<String> stateRoles = new HashSet<>();
    private final Set<String> countryRoles = new HashSet<>();
    private final Set<String> placeRoles = new HashSet<>();
    private String homeCountry;
    private Pattern anaphor;
    private Pattern pluralAnaphor;
    private Pattern governmentNoun;
    private final List<Alias> aliases = new ArrayList<>();

    /** A phrase that stands for a named thing wherever it occurs ("the Trump administration" for the U.S.). */
    record Alias(Pattern phrase, EntityType type, String key) {}

    static RuleBook load() {
        RuleBook book = new RuleBook();
        Properties config = new Properties();
        try (InputStream in = open("rules.properties")) {
            config.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleFileException(FOLDER + "rules.properties", 0, "cannot be read: " + e.getMessage());
        }
        book.homeCountry = required(config, "home-country");
        book.textRoles.addAll(words(required(config, "text-roles")));
        book.actorRoles.addAll(words(required(config, "actor-roles")));
        book.documentKinds.addAll(words(required(config, "document-kinds")));
        book.notHomeRoles.addAll(words(config.getProperty("not-home-roles", "")));
        book.notHomeValues.addAll(words(config.getProperty("not-home-values", "")));
        book.personCountryRoles.addAll(words(config.getProperty("person-country-roles", "")));
        book.homeSideRoles.addAll(words(config.getProperty("home-side-roles", "")));
        book.stateRoles.addAll(words(config.getProperty("state-roles", "")));
        book.countryRoles.addAll(words(config.getProperty("country-roles", "")));
        book.placeRoles.addAll(words(config.getProperty("place-roles", "")));
        for (String name : config.stringPropertyNames()) {
            if (name.startsWith("role.")) {
                book.roleTypes.put(name.substring(5), config.getProperty(name).trim());
            }
        }
        book.readInflections(required(config, "inflections"));
        book.readMacros(required(config, "macros"));
        book.anaphor = Pattern.compile("(?:" + book.expand(book.macro("ANAPHOR", "macros"), "ANAPHOR") + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        book.pluralAnaphor = Pattern.compile("(?:" + book.expand(book.macro("PLURAL_ANAPHOR", "macros"), "PLURAL_ANAPHOR") + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        book.governmentNoun = Pattern.compile("\\G\\s+(?:" + book.expand(book.macro("GOV_NOUN", "macros"), "GOV_NOUN")
                + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String file : config.getProperty("files", "").split(",")) {
            if (!file.isBlank()) {
                book.rules.addAll(book.readRules(file.trim()));
            }
        }
        book.listHeaders.addAll(book.readRules(required(config, "lists")));
        Set<String> ids = new HashSet<>();
        for (Rule r : book.allRules()) {
            if (!ids.add(r.id())) {
                throw new RuleFileException(r.origin(), 0, "rule id " + r.id() + " is used twice");
            }
        }
        return book;
    }

    List<Rule> rules() { return rules; }
    List<Rule> listHeaders() { return listHeaders; }
    List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(listHeaders);
        return all;
    }
    String homeCountry() { return homeCountry; }
    boolean isTextRole(String role) { return textRoles.contains(role); }
    boolean isDocumentKind(String kind) { return documentKinds.contains(kind); }
    /** Roles the home country never takes from the words (it does not answer its own request or take its own deportees). */
    boolean isNotHomeRole(String role) { return notHomeRoles.contains(role); }
    /** Roles whose home-country values are dropped, the rest of the fact kept (the countries a cable is about). */
    boolean isNotHomeValue(String role) { return notHomeValues.contains(role); }
    /** Roles where a person stands for the country the article says they speak for. */
    boolean isPersonCountryRole(String role) { return personCountryRoles.contains(role); }
    /** Roles an anaphor fills from the fact in focus only, never from the last foreign country ("They set a deadline"). */
    boolean isHomeSideRole(String role) { return homeSideRoles.contains(role); }
    /** Roles a state fills: an agency named there stands for its country ("Peru's foreign ministry said no"). */
    boolean isStateRole(String role) { return stateRoles.contains(role); }
    /** Actor roles that hold countries only, never an agency, organisation or person named in the group. */
    boolean isCountryRole(String role) { return countryRoles.contains(role); }
    boolean isPlaceRole(String role) { return placeRoles.contains(role); }
    /** The token type a role takes its values from ({@code DATE}, {@code MONEY}, ...), or null for actors. */
    String roleType(String role) { return roleTypes.get(role); }
    Pattern anaphor() { return anaphor; }
    /** "All four governments", "the two countries", "both nations": several countries named before. */
    Pattern pluralAnaphor() { return pluralAnaphor; }
    /** Matches a government noun ("officials", "government") right at the region start. */
    Pattern governmentNoun() { return governmentNoun; }
    List<Alias> aliases() { return aliases; }

    private static InputStream open(String file) {
        InputStream in = RuleBook.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new RuleFileException(FOLDER + file, 0, "is missing from the classpath");
        }
        return in;
    }

    private static String required(Properties config, String key) {
        String v = config.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new RuleFileException(FOLDER + "rules.properties", 0, "has no value for " + key);
        }
        return v.trim();
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lines of a resource without comments and blank lines, each with its 1-based line number. */
    private static List<Map.Entry<Integer, String>> lines(String file, boolean keepBlank) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.startsWith("#") || (t.isEmpty() && !keepBlank)) {
                    continue;
                }
                out.add(Map.entry(n, t));
            }
        } catch (IOException e) {
            throw new RuleFileException(FOLDER + file, 0, "cannot be read: " + e.getMessage());
        }
        return out;
    }

    private void readInflections(String file) {
        for (Map.Entry<Integer, String> e : lines(file, false)) {
            int colon = e.getValue().indexOf(':');
            if (colon <= 0) {
                throw new RuleFileException(FOLDER + file, e.getKey(), "expected 'verb: form form ...', got: " + e.getValue());
            }
            inflections.addIrregular(e.getValue().substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    words(e.getValue().substring(colon + 1)));
        }
    }

    private void readMacros(String file) {
        for (Map.Entry<Integer, String> e : lines(file, false)) {
            String line = e.getValue();
            if (line.startsWith("alias:")) {
                readAlias(file, e.getKey(), line.substring(6).trim());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new RuleFileException(FOLDER + file, e.getKey(), "expected 'NAME = pattern', got: " + line);
            }
            String name = line.substring(0, eq).trim();
            if (!name.matches("[A-Z][A-Z0-9_]*")) {
                throw new RuleFileException(FOLDER + file, e.getKey(), "macro names are upper case: " + name);
            }
            if (macros.put(name, line.substring(eq + 1).trim()) != null) {
                throw new RuleFileException(FOLDER + file, e.getKey(), "macro " + name + " is defined twice");
            }
        }
    }

    /** {@code alias: COUNTRY US = the (?:Trump )?administration}. */
    private void readAlias(String file, int line, String spec) {
        Matcher m = Pattern.compile("([A-Z]+)\\s+(\\S+)\\s*=\\s*(.+)").matcher(spec);
        if (!m.matches()) {
            throw new RuleFileException(FOLDER + file, line, "expected 'alias: TYPE key = phrase pattern', got: " + spec);
        }
        EntityType type;
        try {
            type = EntityType.valueOf(m.group(1));
        } catch (IllegalArgumentException ex) {
            throw new RuleFileException(FOLDER + file, line, "unknown entity type " + m.group(1));
        }
        try {
            aliases.add(new Alias(Pattern.compile("\\b(?:" + m.group(3) + ")\\b", Pattern.CASE_INSENSITIVE), type, m.group(2)));
        } catch (PatternSyntaxException ex) {
            throw new RuleFileException(FOLDER + file, line, "bad alias pattern: " + ex.getDescription());
        }
    }

    private String macro(String name, String where) {
        String v = macros.get(name);
        if (v == null) {
            throw new RuleFileException(FOLDER + where, 0, "uses undefined macro {" + name + "}");
        }
        return v;
    }

    /** Replaces {@code {NAME}} and {@code {V:verbs}} until none is left. */
    String expand(String pattern, String where) {
        String current = pattern;
        for (int depth = 0; depth < 20; depth++) {
            Matcher m = MACRO_REF.matcher(current);
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                String replacement = m.group(1) != null ? verbPhrase(m.group(2), where) : "(?:" + macro(m.group(3), where) + ")";
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            current = sb.toString();
            if (!any) {
                return current;
            }
        }
        throw new RuleFileException(FOLDER + where, 0, "macros refer to each other in a circle: " + pattern);
    }

    /** {@code {V:pay}} or {@code {V:ACCEPT_VERB}}: auxiliaries and adverbs, then any form of any listed verb. */
    private String verbPhrase(String spec, String where) {
        List<String> forms = new ArrayList<>();
        for (String item : spec.split("\\|")) {
            String list = item.trim().matches("[A-Z][A-Z0-9_]*") ? macro(item.trim(), where) : item;
            for (String verb : list.split("\\|")) {
                if (!verb.isBlank()) {
                    forms.addAll(inflections.forms(verb.trim()));
                }
            }
        }
        // Longest first so that "taken in" is preferred to "taken".
        forms.sort((a, b) -> b.length() - a.length());
        String prefix = macros.containsKey("VERB_PREFIX") ? "(?:" + macros.get("VERB_PREFIX") + ")" : "";
        return prefix + "\\b(?:" + String.join("|", forms) + ")\\b";
    }

    /** A space in a pattern stands for any run of white space (outside character classes). */
    static String flexibleSpaces(String p) {
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                sb.append(c).append(p.charAt(++i));
            } else if (inClass) {
                sb.append(c);
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                sb.append(c);
                if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
                    sb.append(p.charAt(++i));
                }
            } else if (c == ' ') {
                while (i + 1 < p.length() && p.charAt(i + 1) == ' ') {
                    i++;
                }
                sb.append("\\s+");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    Pattern compile(String source, String where) {
        String expanded = flexibleSpaces(expand(source, where));
        try {
            return Pattern.compile(expanded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new RuleFileException(where, 0, "pattern does not compile (" + e.getDescription() + "): " + source);
        }
    }

    /** Reads blocks of {@code key: value} lines; a {@code rule:} line starts a block. */
    private List<Rule> readRules(String file) {
        List<Rule> out = new ArrayList<>();
        Map<String, List<String>> block = null;
        int blockLine = 0;
        for (Map.Entry<Integer, String> e : lines(file, false)) {
            String line = e.getValue();
            int colon = line.indexOf(':');
            String key = colon > 0 ? line.substring(0, colon).trim() : "";
            if (!KEYS.contains(key)) {
                throw new RuleFileException(FOLDER + file, e.getKey(), "expected one of " + KEYS + " then ':', got: " + line);
            }
            String value = line.substring(colon + 1).trim();
            if (key.equals("rule")) {
                if (block != null) {
                    out.add(toRule(file, blockLine, block));
                }
                block = new LinkedHashMap<>();
                blockLine = e.getKey();
            } else if (block == null) {
                throw new RuleFileException(FOLDER + file, e.getKey(), "'" + key + ":' before the first 'rule:' line");
            }
            block.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        if (block != null) {
            out.add(toRule(file, blockLine, block));
        }
        return out;
    }

    private Rule toRule(String file, int line, Map<String, List<String>> block) {
        String where = FOLDER + file + ":" + line;
        String id = single(block, "rule", where, true);
        String kind = single(block, "kind", where, true);
        List<String> sources = block.getOrDefault("pattern", List.of());
        if (sources.isEmpty()) {
            throw new RuleFileException(FOLDER + file, line, "rule " + id + " has no pattern");
        }
        List<String> exampleLines = block.getOrDefault("example", List.of());
        if (exampleLines.isEmpty()) {
            throw new RuleFileException(FOLDER + file, line, "rule " + id + " has no example sentence");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String s : sources) {
            Pattern p = compile(s, where);
            Matcher g = GROUP_NAME.matcher(s);
            while (g.find()) {
                String role = roleOf(g.group(1));
                if (role.equals("count") || role.equals(HOME_GROUP)) {
                    continue;
                }
                if (!roleTypes.containsKey(role) && !textRoles.contains(role) && !knownActorRole(role)) {
                    throw new RuleFileException(FOLDER + file, line, "rule " + id + " binds unknown role " + role
                            + " (declare it in rules.properties)");
                }
            }
            patterns.add(p);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        for (String s : block.getOrDefault("set", List.of())) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new RuleFileException(FOLDER + file, line, "rule " + id + ": expected 'set: role=value', got: " + s);
            }
            String role = s.substring(0, eq).trim();
            String value = s.substring(eq + 1).trim();
            if ("NUM".equals(roleTypes.get(role)) && !value.matches("\\d+")) {
                throw new RuleFileException(FOLDER + file, line, "rule " + id + ": set " + role + " takes a whole number, got: " + value);
            }
            fixed.put(role, value);
        }
        List<String> fill = block.getOrDefault("fill", List.of()).stream().flatMap(s -> words(s).stream()).toList();
        List<String> require = block.getOrDefault("require", List.of()).stream().flatMap(s -> words(s).stream()).toList();
        List<String> awaits = block.getOrDefault("awaits", List.of()).stream().flatMap(s -> words(s).stream()).toList();
        if (!require.containsAll(awaits)) {
            throw new RuleFileException(FOLDER + file, line, "rule " + id + ": awaits names roles that require does not: " + awaits);
        }
        List<Rule.Example> examples = new ArrayList<>();
        List<String> context = block.getOrDefault("context", List.of());
        for (String ex : exampleLines) {
            examples.add(new Rule.Example(context, ex));
        }
        String scope = single(block, "scope", where, false);
        if (scope != null && !List.of("paragraph", "previous", "sentence").contains(scope)) {
            throw new RuleFileException(FOLDER + file, line,
                    "rule " + id + ": scope is 'paragraph', 'previous', 'sentence' or absent, got: " + scope);
        }
        String needsSource = single(block, "needs", where, false);
        Pattern needs = needsSource == null ? null : compile(needsSource, where);
        return new Rule(id, kind, List.copyOf(patterns), Map.copyOf(fixed), single(block, "each", where, false),
                fill, require, awaits, single(block, "focus", where, false), scope, needs, single(block, "recap", where, false),
                List.copyOf(examples), single(block, "disabled", where, false), where);
    }

    private boolean knownActorRole(String role) {
        return actorRoles.contains(role);
    }

    /** Group names may end in digits so that one role can be bound in two places: {@code askee2} is askee. */
    static String roleOf(String groupName) {
        return groupName.replaceFirst("[0-9]+$", "");
    }

    private static String single(Map<String, List<String>> block, String key, String where, boolean required) {
        List<String> values = block.get(key);
        if (values == null || values.isEmpty()) {
            if (required) {
                throw new RuleFileException(where, 0, "rule has no '" + key + ":' line");
            }
            return null;
        }
        if (values.size() > 1) {
            throw new RuleFileException(where, 0, "rule has " + values.size() + " '" + key + ":' lines, expected one");
        }
        return values.get(0);
    }
}
