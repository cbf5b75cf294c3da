package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Finds countries, agencies, courts and organisations named in a sentence.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load();
 * for (Mention m : g.find(sentence)) {
 *     // m.type() COUNTRY, m.key() "PE", m.demonym() true for "Peruvian officials"
 * }
 * g.country("XK").map(Country::wikidata);           // Optional[Q1246]
 * g.entity(EntityType.AGENCY, "foreign-ministry-pe"); // generated from "Peru's foreign ministry"
 * }</pre>
 *
 * <p>Data (in this package's resource folder, each with a header comment): {@code countries.tsv} (names and
 * demonyms), {@code capitals.tsv} (capitals reports use for governments: "Washington", "Kigali"),
 * {@code agencies.tsv}, {@code courts.tsv}, {@code organisations.tsv}, {@code country-bodies.tsv} (heads such as
 * "foreign ministry" that make an agency of the country before them), {@code not-entities.tsv} (phrases that
 * contain a name but are something else: "Guatemala City", "Washington State", "Latin American"),
 * {@code places.tsv} (cities, airports and camps: a PLACE keyed by its country's ISO code),
 * {@code state-homonyms.txt} and {@code first-names.txt}.
 *
 * <p>Matching: longest phrase first, on word boundaries, accents and the case of small words ignored, capitals
 * required where the listed name has them (so "turkey" the bird and "us" the pronoun are not countries). Mentions
 * never overlap and come sorted by start; offsets are body offsets. Ambiguities are settled by rules that read the
 * neighbouring words, never the article:
 * <ul>
 * <li>a one-word name that is also a first name ("Chad", "Jordan", "Israel") is a person when a capitalised word
 *     follows it ("Chad Wolf"), and a surname when a listed first name precedes it ("Jim Jordan");</li>
 * <li>a name that is also a U.S. state (Georgia, from {@code state-homonyms.txt}) is the state after
 *     "Town, " ("Atlanta, Georgia"), after "state of" and before "state"; elsewhere it is the country, as in a
 *     list of countries;</li>
 * <li>a capital as metonym is reported as the country with {@code demonym} false; {@link #isCapital(Mention)}
 *     tells it from the country's own name.</li>
 * </ul>
 */
public final class Gazetteer {

    /** What a listed phrase stands for; {@code type} null for phrases that are not entities. */
    private record Entry(EntityType type, String key, boolean demonym, boolean capital) {}

    /** A head ("foreign ministry") that makes an agency or court of the country before or after it. */
    private record CountryBody(EntityType type, String prefix, String nameTemplate) {}

    private static volatile Gazetteer shared;

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, NamedEntity> entities = new LinkedHashMap<>();
    private final PhraseMatcher<Entry> names = new PhraseMatcher<>();
    private final PhraseMatcher<CountryBody> bodyHeads = new PhraseMatcher<>();
    private final Map<String, CountryBody> bodiesByPrefix = new LinkedHashMap<>();
    private final Set<String> capitalPhrases = new HashSet<>();
    private final Set<String> stateHomonyms = new HashSet<>();
    private final Set<String> firstNames;

    private Gazetteer() {
        loadCountries();
        loadCapitals();
        loadPlaces();
        loadEntities("agencies.tsv", EntityType.AGENCY);
        loadEntities("courts.tsv", EntityType.COURT);
        loadEntities("organisations.tsv", EntityType.ORGANISATION);
        loadBodies();
        for (ResourceTable.Row row : ResourceTable.read("not-entities.tsv")) {
            names.add(row.required(0, "phrase"), new Entry(null, null, false, false));
        }
        for (String w : ResourceTable.words("state-homonyms.txt")) {
            stateHomonyms.add(Text.fold(w));
        }
        firstNames = FirstNames.load();
    }

    /** The gazetteer of the data files on the classpath; loaded once, immutable, safe to share between threads. */
    public static Gazetteer load() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = new Gazetteer();
                }
                g = shared;
            }
        }
        return g;
    }

    public Optional<Country> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    public Collection<Country> countries() {
        return Collections.unmodifiableCollection(countries.values());
    }

    /**
     * The agency, court or organisation with this key, including keys generated from country-body patterns
     * ({@code foreign-ministry-pe}); for COUNTRY the key is the ISO code.
     */
    public Optional<NamedEntity> entity(EntityType type, String key) {
        if (type == null || key == null) {
            return Optional.empty();
        }
        if (type == EntityType.COUNTRY) {
            return country(key).map(c -> new NamedEntity(EntityType.COUNTRY, c.iso2(), c.name(), c.iso2(), c.wikidata()));
        }
        NamedEntity e = entities.get(type + "/" + key);
        if (e != null) {
            return Optional.of(e);
        }
        int dash = key.lastIndexOf('-');
        if (dash > 0) {
            CountryBody body = bodiesByPrefix.get(key.substring(0, dash));
            Optional<Country> c = country(key.substring(dash + 1));
            if (body != null && body.type() == type && c.isPresent()) {
                return Optional.of(generated(body, c.get()));
            }
        }
        return Optional.empty();
    }

    /** True when the mention is a capital city standing for its country's government ("Washington said"). */
    public boolean isCapital(Mention m) {
        return m.type() == EntityType.COUNTRY && !m.demonym() && capitalPhrases.contains(Text.fold(m.surface()));
    }

    /** Non-overlapping mentions of countries, agencies, courts and organisations, sorted by start. */
    public List<Mention> find(Sentence s) {
        return find(s, null);
    }

    /**
     * Entities of the sentence, as {@link #find(Sentence)}; an airport the lists do not know ("Melchior Ndadaye
     * International Airport") is a PLACE of {@code airportCountry} when that is given: the country the article was
     * filed from ("BUJUMBURA -"), where reports name local airports without their country.
     */
    public List<Mention> find(Sentence s, String airportCountry) {
        String text = s.normalised();
        List<PhraseMatcher.Hit<Entry>> hits = names.findAll(text);
        List<Mention> found = new ArrayList<>();
        for (PhraseMatcher.Hit<Entry> h : hits) {
            Entry e = h.value();
            boolean currency = h.end() < text.length() && text.charAt(h.end()) == '$'; // "US$ 3m" is money
            if (e.type() == null || currency || isPersonName(text, h) || isUsState(text, h)) {
                continue;
            }
            found.add(mention(s, e.type(), e.key(), h.start(), h.end(), e.demonym()));
        }
        found = withCountryBodies(s, found);
        found = withAirports(s, found, airportCountry);
        found.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(found);
    }

    /** An airport's name: capitalised words (or a hyphenated name) before "(International) Airport". */
    private static final Pattern AIRPORT = Pattern.compile(
            "(?<![\\p{L}'-])((?:\\p{Lu}[\\p{L}.'-]*\\s+){1,5}?)(?:(?:International|Intl\\.?|Regional)\\s+)?Airport\\b");

    /**
     * "Chisinau International Airport" is a place in Moldova, not the Moldovan government: an airport named after a
     * capital or city the lists know is one PLACE of that city's country, and one they do not know is a PLACE of
     * {@code unknownCountry}, if given. An airport whose name holds two countries is left alone.
     */
    private List<Mention> withAirports(Sentence s, List<Mention> mentions, String unknownCountry) {
        String text = s.normalised();
        Matcher a = AIRPORT.matcher(text);
        List<Mention> out = new ArrayList<>(mentions);
        while (a.find()) {
            int start = a.start();
            int end = a.end();
            List<Mention> inside = out.stream()
                    .filter(m -> m.start() - s.start() < end && m.end() - s.start() > start).toList();
            if (inside.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.start() - s.start() <= start
                    && m.end() - s.start() >= end)) {
                continue; // the lists know the airport by its full name
            }
            Set<String> keys = new HashSet<>();
            for (Mention m : inside) {
                if ((m.type() == EntityType.COUNTRY || m.type() == EntityType.PLACE) && !m.demonym()) {
                    keys.add(m.key());
                } else {
                    keys.add("");
                }
            }
            String key = keys.isEmpty() ? unknownCountry : keys.size() == 1 && !keys.contains("") ? keys.iterator().next() : null;
            if (key != null) {
                out.removeAll(inside);
                out.add(mention(s, EntityType.PLACE, key, start, end, false));
            }
        }
        return out;
    }

    private Mention mention(Sentence s, EntityType type, String key, int start, int end, boolean demonym) {
        return new Mention(type, key, s.start() + start, s.start() + end, s.text().substring(start, end), demonym);
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ ]+(\\p{Lu}[\\p{L}'-]*)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{Lu}[\\p{L}'-]*)[ ]+$");

    /** "Chad Wolf", "Jim Jordan": a one-word name next to a person's name is part of it. */
    private boolean isPersonName(String text, PhraseMatcher.Hit<Entry> h) {
        if (h.value().type() != EntityType.COUNTRY || h.phrase().contains(" ")) {
            return false;
        }
        String folded = Text.fold(h.phrase());
        if (firstNames.contains(folded)) {
            Matcher next = NEXT_WORD.matcher(text);
            if (next.find(h.end()) && next.start() == h.end() && names.longestAt(text, next.start(1)) == null) {
                return true;
            }
        }
        Matcher prev = PREVIOUS_WORD.matcher(text.substring(0, h.start()));
        return prev.find() && firstNames.contains(Text.fold(prev.group(1)))
                && names.longestAt(text, prev.start(1)) == null;
    }

    private static final Pattern TOWN_COMMA = Pattern.compile("\\p{Lu}[\\p{L}.'-]*,[ ]*$");
    private static final Pattern STATE_OF = Pattern.compile("(?i)\\bstate of[ ]+$");
    private static final Pattern STATE_AFTER = Pattern.compile("(?i)\\G[ ]+state\\b");

    /** "Atlanta, Georgia", "the state of Georgia", "Georgia state officials" are the U.S. state. */
    private boolean isUsState(String text, PhraseMatcher.Hit<Entry> h) {
        if (!stateHomonyms.contains(Text.fold(h.phrase()))) {
            return false;
        }
        String before = text.substring(0, h.start());
        Matcher town = TOWN_COMMA.matcher(before);
        if (town.find()) {
            PhraseMatcher.Hit<Entry> townHit = names.longestAt(text, town.start());
            if (townHit == null || townHit.value().type() != EntityType.COUNTRY) {
                return true;
            }
        }
        return STATE_OF.matcher(before).find() || STATE_AFTER.matcher(text).region(h.end(), text.length()).lookingAt();
    }

    private static final Pattern POSSESSIVE = Pattern.compile("\\G('s?)?[ ]+");
    private static final Pattern OF_THE = Pattern.compile("\\G[ ]+of[ ]+(the[ ]+)?");

    /** "Peru's foreign ministry", "the Peruvian Foreign Ministry", "the Ministry of Foreign Affairs of Peru". */
    private List<Mention> withCountryBodies(Sentence s, List<Mention> mentions) {
        String text = s.normalised();
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (m.type() != EntityType.COUNTRY || isCapital(m)) {
                continue;
            }
            int end = m.end() - s.start();
            Matcher p = POSSESSIVE.matcher(text);
            if (p.find(end) && p.start() == end) {
                PhraseMatcher.Hit<CountryBody> head = bodyHeads.longestAt(text, p.end());
                if (head != null) {
                    replace(out, s, head.value(), m.key(), m.start() - s.start(), head.end());
                }
            }
        }
        for (PhraseMatcher.Hit<CountryBody> head : bodyHeads.findAll(text)) {
            Matcher of = OF_THE.matcher(text);
            if (of.find(head.end()) && of.start() == head.end()) {
                int at = of.end();
                for (Mention m : mentions) {
                    if (m.type() == EntityType.COUNTRY && !m.demonym() && m.start() - s.start() == at) {
                        replace(out, s, head.value(), m.key(), head.start(), m.end() - s.start());
                    }
                }
            }
        }
        return out;
    }

    private void replace(List<Mention> out, Sentence s, CountryBody body, String iso2, int start, int end) {
        int bodyStart = s.start() + start;
        int bodyEnd = s.start() + end;
        out.removeIf(m -> m.start() < bodyEnd && m.end() > bodyStart);
        out.add(mention(s, body.type(), body.prefix() + "-" + iso2.toLowerCase(Locale.ROOT), start, end, false));
    }

    private NamedEntity generated(CountryBody body, Country c) {
        return new NamedEntity(body.type(), body.prefix() + "-" + c.iso2().toLowerCase(Locale.ROOT),
                body.nameTemplate().replace("{country}", c.name()), c.iso2(), null);
    }

    private void loadCountries() {
        for (ResourceTable.Row row : ResourceTable.read("countries.tsv")) {
            String iso2 = row.required(0, "iso2");
            if (!iso2.matches("[A-Z]{2}")) {
                throw row.error("iso2 must be two capital letters: " + iso2);
            }
            String name = row.required(1, "name");
            String qid = row.required(2, "wikidata");
            if (!qid.matches("Q[1-9][0-9]*")) {
                throw row.error("wikidata must be a QID like Q1037: " + qid);
            }
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(row.list(3));
            List<String> demonyms = row.list(4);
            if (countries.put(iso2, new Country(iso2, name, qid, all, demonyms)) != null) {
                throw row.error("duplicate country " + iso2);
            }
            all.forEach(n -> names.add(n, new Entry(EntityType.COUNTRY, iso2, false, false)));
            demonyms.forEach(n -> names.add(n, new Entry(EntityType.COUNTRY, iso2, true, false)));
        }
    }

    private void loadCapitals() {
        for (ResourceTable.Row row : ResourceTable.read("capitals.tsv")) {
            String iso2 = row.required(0, "iso2");
            if (!countries.containsKey(iso2)) {
                throw row.error("unknown country " + iso2);
            }
            for (String capital : row.list(1)) {
                names.add(capital, new Entry(EntityType.COUNTRY, iso2, false, true));
                capitalPhrases.add(Text.fold(capital));
            }
        }
    }

    private void loadPlaces() {
        for (ResourceTable.Row row : ResourceTable.read("places.tsv")) {
            String iso2 = row.required(0, "iso2");
            if (!countries.containsKey(iso2)) {
                throw row.error("unknown country " + iso2);
            }
            List<String> places = row.list(1);
            if (places.isEmpty()) {
                throw row.error("no place names for " + iso2);
            }
            places.forEach(p -> names.add(p, new Entry(EntityType.PLACE, iso2, false, false)));
        }
    }

    private void loadEntities(String file, EntityType type) {
        for (ResourceTable.Row row : ResourceTable.read(file)) {
            String key = row.required(0, "key");
            if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw row.error("key must be a lower-case slug: " + key);
            }
            String name = row.required(1, "name");
            String iso2 = row.cell(2).isEmpty() ? null : row.cell(2);
            if (iso2 != null && !countries.containsKey(iso2)) {
                throw row.error("unknown country " + iso2);
            }
            String qid = row.cell(3).isEmpty() ? null : row.cell(3);
            if (qid != null && !qid.matches("Q[1-9][0-9]*")) {
                throw row.error("wikidata must be a QID: " + qid);
            }
            if (entities.put(type + "/" + key, new NamedEntity(type, key, name, iso2, qid)) != null) {
                throw row.error("duplicate key " + key);
            }
            names.add(name, new Entry(type, key, false, false));
            row.list(4).forEach(a -> names.add(a, new Entry(type, key, false, false)));
        }
    }

    private void loadBodies() {
        for (ResourceTable.Row row : ResourceTable.read("country-bodies.tsv")) {
            EntityType type;
            try {
                type = EntityType.valueOf(row.required(0, "type"));
            } catch (IllegalArgumentException e) {
                throw row.error("type must be AGENCY or COURT: " + row.cell(0));
            }
            CountryBody body = new CountryBody(type, row.required(1, "key prefix"), row.required(2, "name template"));
            bodiesByPrefix.put(body.prefix(), body);
            row.list(3).forEach(h -> bodyHeads.add(h, body));
        }
    }
}
