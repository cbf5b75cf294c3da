package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * Finds people named in an article, the way reports introduce them, and resolves later short references
 * ("Mr. Schialer", "Schialer") to the full name seen earlier in the same article. One instance per article:
 *
 * <pre>{@code
 * PersonFinder people = PersonFinder.forArticle();
 * for (Sentence s : article.sentences()) {
 *     for (Mention m : people.find(s)) {
 *         m.key(); // "elmer-schialer", also for a later "Mr. Schialer"
 *     }
 * }
 * people.people(); // PersonInfo("elmer-schialer", "Elmer Schialer", "foreign minister", "PE", null)
 * }</pre>
 *
 * <p>A run of capitalised words is a person when the text says so:
 * <ul>
 * <li>a title before it: "Secretary of State Marco Rubio", "President Trump", "Mr. Hetfield" ({@code person-titles.tsv});</li>
 * <li>a role before it and a comma: "Peru's foreign minister, Elmer Schialer" ({@code roles.txt});</li>
 * <li>an appositive with a role after it: "Tricia McLaughlin, a Homeland Security Department spokeswoman",
 *     "Mark Hetfield, president of HIAS" (the first country, agency or organisation in the appositive is the
 *     affiliation, an agency's country the country);</li>
 * <li>a speech verb or cue next to it: "said Eric Rubin", "Ngoc Phan said", "according to", "the wife of", "By"
 *     ({@code person-cues.tsv});</li>
 * <li>a first name from {@code first-names.txt} and at least two words: "Jody García";</li>
 * <li>a well-known public figure from {@code people.tsv}, or the last name of someone already named in the
 *     article ("Schialer" after "Elmer Schialer"; with two candidates, the one named most recently).</li>
 * </ul>
 * Countries, agencies, courts and organisations the {@link Gazetteer} finds are never people, nor are names used
 * as modifiers ("the Trump administration"). The key is the slug of the fullest name: {@code elmer-schialer}.
 */
public final class PersonFinder {

    private record Title(String role, String iso2, String agency, boolean honorific) {}

    private record Known(String name, String role, String iso2, String agency) {}

    /** The word lists, loaded once and shared by every article's finder. */
    private static final class Data {
        final PhraseMatcher<Title> titles = new PhraseMatcher<>();
        final PhraseMatcher<String> roles = new PhraseMatcher<>();
        final Map<String, String> cues = new LinkedHashMap<>();
        final Set<String> notNames = new HashSet<>();
        final Set<String> portfolioWords = new HashSet<>();
        final Set<String> modifierHeads = new HashSet<>();
        final Set<String> firstNames = FirstNames.load();
        final Map<String, Known> knownBySurname = new LinkedHashMap<>();
        /** Known people by the folded words of their full name, so long names ("Teodoro Obiang Nguema Mbasogo") are found too. */
        final List<Known> knownByName = new ArrayList<>();
        final Pattern speechBefore;
        final Pattern speechAfter;
        final Pattern cueBefore;

        Data() {
            for (ResourceTable.Row row : ResourceTable.read("person-titles.tsv")) {
                String role = row.cell(1).isEmpty() ? null : row.cell(1);
                titles.add(row.required(0, "title"), new Title(role, emptyToNull(row.cell(2)), emptyToNull(row.cell(3)), role == null));
            }
            for (String r : ResourceTable.words("roles.txt")) {
                roles.add(r, r.toLowerCase(Locale.ROOT));
            }
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            List<String> cueWords = new ArrayList<>();
            for (ResourceTable.Row row : ResourceTable.read("person-cues.tsv")) {
                String phrase = row.required(0, "phrase");
                String where = row.required(1, "kind");
                String quoted = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
                switch (where) {
                    case "speech" -> {
                        before.add(quoted);
                        after.add(quoted);
                    }
                    case "before" -> cueWords.add(quoted);
                    case "modifier" -> modifierHeads.add(phrase.toLowerCase(Locale.ROOT));
                    default -> throw row.error("kind must be speech, before or modifier: " + where);
                }
            }
            speechBefore = Pattern.compile("(?i)(?<!\\p{L})(?:" + String.join("|", before) + ")\\s+$");
            speechAfter = Pattern.compile("(?i)\\G\\s*(?:" + String.join("|", after) + ")(?!\\p{L})");
            cueBefore = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", cueWords) + ")\\s+$");
            ResourceTable.words("not-names.txt").forEach(w -> notNames.add(Text.fold(w)));
            ResourceTable.words("portfolio-words.txt").forEach(w -> portfolioWords.add(Text.fold(w)));
            for (ResourceTable.Row row : ResourceTable.read("months.tsv")) {
                row.list(1).forEach(w -> notNames.add(Text.fold(w)));
            }
            for (ResourceTable.Row row : ResourceTable.read("weekdays.tsv")) {
                row.list(1).forEach(w -> notNames.add(Text.fold(w)));
            }
            for (ResourceTable.Row row : ResourceTable.read("people.tsv")) {
                String name = row.required(0, "name");
                String[] parts = name.split("\\s+");
                Known k = new Known(name, emptyToNull(row.cell(1)), emptyToNull(row.cell(2)), emptyToNull(row.cell(3)));
                knownBySurname.put(Text.fold(parts[parts.length - 1]), k);
                knownByName.add(k);
            }
        }
    }

    private static volatile Data data;

    /** The known person whose full name is these words, or starts with them (two words or more). */
    private static Known knownByWords(Data d, String surface) {
        String folded = Text.fold(surface).replaceAll("\\s+", " ");
        for (Known k : d.knownByName) {
            String full = Text.fold(k.name());
            if (full.equals(folded) || full.startsWith(folded + " ")) {
                return k;
            }
        }
        return null;
    }

    private static Data data() {
        Data d = data;
        if (d == null) {
            synchronized (PersonFinder.class) {
                if (data == null) {
                    data = new Data();
                }
                d = data;
            }
        }
        return d;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private final Data d;
    private final Gazetteer gazetteer;
    /** People of this article by key, in the order they were introduced. */
    private final Map<String, PersonInfo> people = new LinkedHashMap<>();

    private PersonFinder(Gazetteer gazetteer) {
        this.d = data();
        this.gazetteer = gazetteer;
    }

    /** A finder for one article, with the shared gazetteer. */
    public static PersonFinder forArticle() {
        return new PersonFinder(Gazetteer.load());
    }

    /** A finder for one article that uses the given gazetteer to tell places and bodies from people. */
    public static PersonFinder forArticle(Gazetteer gazetteer) {
        return new PersonFinder(gazetteer);
    }

    /** What this finder has learned about the people of the article so far, in order of introduction. */
    public Collection<PersonInfo> people() {
        return List.copyOf(people.values());
    }

    // A name: capitalised words or initials, with the particles of Spanish, Dutch, Arabic names between them, and the
    // Arabic article joined to a later word ("Tarek al-Mabrouk").
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\d.'-])\\p{Lu}[\\p{L}'-]*\\p{L}(?:\\s+(?:(?:de|da|del|de la|dos|das|do|e|van"
            + "|von|bin|al|el|di|du|der|den|ter|ten)\\s+)?(?:\\p{Lu}\\.|(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?\\p{Lu}[\\p{L}'-]*\\p{L}))*");

    /** PERSON mentions in the sentence, sorted by start; updates what the finder knows about the article's people. */
    public List<Mention> find(Sentence s) {
        String text = s.normalised();
        List<Mention> entities = gazetteer.find(s);
        boolean[] taken = new boolean[text.length()];
        for (Mention m : entities) {
            for (int k = m.start() - s.start(); k < m.end() - s.start(); k++) {
                taken[k] = true;
            }
        }
        List<PhraseMatcher.Hit<Title>> titleHits = d.titles.findAll(text);
        List<Mention> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            List<int[]> tokens = tokens(text, start, m.end(), taken);
            from = m.end();
            if (tokens.isEmpty()) {
                continue;
            }
            // A title may end inside the run ("Secretary of State Marco Rubio") or right before it ("border czar Tom Homan").
            Title title = null;
            int nameFrom = 0;
            for (PhraseMatcher.Hit<Title> th : titleHits) {
                if (th.end() > tokens.get(tokens.size() - 1)[0] || th.end() < start - 1) {
                    continue;
                }
                int k = indexAfter(tokens, th.end());
                boolean endsAtToken = k == 0 ? text.substring(th.end(), tokens.get(0)[0]).isBlank()
                        : tokens.get(k - 1)[1] == th.end();
                if (endsAtToken && k < tokens.size() && k >= nameFrom) {
                    title = th.value();
                    nameFrom = k;
                }
            }
            while (nameFrom < tokens.size() && d.notNames.contains(Text.fold(word(text, tokens.get(nameFrom))))) {
                nameFrom++;
            }
            // "Vice-Minister of Human Mobility Carolina Ruales": a role's portfolio, capitalised, runs into the name after
            // "of"/"for"; its words are cut off and the role titles the name (at least two words stay a name).
            if (title == null && nameFrom == 0 && tokens.size() >= 3) {
                Matcher of = PORTFOLIO_BEFORE.matcher(text.substring(0, start));
                RoleInClause role = of.find() ? roleEndingAt(s, text, of.start()) : null;
                int k = 0;
                while (role != null && k < tokens.size() - 2
                        && d.portfolioWords.contains(Text.fold(word(text, tokens.get(k))))) {
                    k++;
                }
                if (k > 0) {
                    nameFrom = k;
                    title = new Title(role.role(), role.iso2(), role.agency(), false);
                }
            }
            if (nameFrom >= tokens.size()) {
                continue;
            }
            int ns = tokens.get(nameFrom)[0];
            int ne = tokens.get(tokens.size() - 1)[1];
            if (text.startsWith("'s", ne - 2)) {
                ne -= 2; // "Trump's": the possessive is not part of the name
            }
            Mention found = person(s, text, ns, ne, tokens.size() - nameFrom, title);
            if (found != null) {
                out.add(found);
            }
        }
        return List.copyOf(out);
    }

    /** Words of a capitalised run, cut at the first word the gazetteer took; start/end pairs. */
    private static List<int[]> tokens(String text, int start, int end, boolean[] taken) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < end && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                if (taken[i]) {
                    if (out.isEmpty()) {
                        i = j;
                        continue;
                    }
                    break;
                }
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    private static int indexAfter(List<int[]> tokens, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k)[0] >= end) {
                return k;
            }
        }
        return tokens.size();
    }

    private static String word(String text, int[] token) {
        return text.substring(token[0], token[1]);
    }

    private static final Pattern ROLE_COMMA_BEFORE = Pattern.compile(",\\s*$");
    private static final Pattern OF_BEFORE = Pattern.compile("\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern PORTFOLIO_BEFORE = Pattern.compile("\\s+(?:of|for)\\s+(?:the\\s+)?$");
    private static final Pattern APPOSITIVE = Pattern.compile("\\G,\\s+([^,;:\"()]{2,120})");
    private static final Pattern SPEECH_AFTER_COMMA = Pattern.compile("\\G,");
    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)\\b(?:of|in|from|at|for|to|on|near|outside|across)\\s+(?:the\\s+)?$");
    private static final Pattern MODIFIER_AFTER = Pattern.compile("\\G(?:'s)?\\s+(\\p{L}+)");

    private Mention person(Sentence s, String text, int start, int end, int words, Title title) {
        String surface = text.substring(start, end);
        // "the Trump administration": a name used to name something else
        Matcher mod = MODIFIER_AFTER.matcher(text);
        if (mod.find(end) && mod.start() == end && !text.startsWith("'s", end)
                && d.modifierHeads.contains(mod.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        // "the secretary of Consular Affairs": what an office is of is a portfolio or a body, not its holder
        Matcher of = OF_BEFORE.matcher(text.substring(0, start));
        if (title == null && of.find() && !d.cueBefore.matcher(text.substring(0, start)).find()
                && roleEndingAt(s, text, of.start()) != null) {
            return null;
        }
        String role = title == null ? null : title.role();
        String iso2 = title == null ? null : title.iso2();
        String agency = title == null ? null : title.agency();
        boolean evidence = title != null;

        // "Peru's foreign minister, Elmer Schialer"
        Matcher comma = ROLE_COMMA_BEFORE.matcher(text.substring(0, start));
        if (comma.find()) {
            RoleInClause before = roleEndingAt(s, text, comma.start());
            if (before != null) {
                evidence = true;
                role = role != null ? role : before.role();
                iso2 = iso2 != null ? iso2 : before.iso2();
                agency = agency != null ? agency : before.agency();
            }
        }
        if (!evidence) {
            // "the deputy Rolando Choque", "said the deputy Hamilton Vaz Carvalho": a role in lower case right before
            // the name, as translated and regional reports write it (a capitalised one is a title: "Deputy Minister X");
            // else "the vice-minister for consular affairs, Marlene Castellanos": the role, what it is of or for, a comma
            RoleInClause near = start > 0 && text.charAt(start - 1) == ' ' ? roleEndingAt(s, text, start - 1, true) : null;
            if (near == null && comma.find(0)) {
                near = roleBeforeQualifier(s, text, comma.start());
            }
            if (near != null) {
                evidence = true;
                role = near.role();
                iso2 = near.iso2();
                agency = near.agency();
            }
        }
        // "Tricia McLaughlin, a Homeland Security Department spokeswoman"
        Matcher app = APPOSITIVE.matcher(text);
        if (app.find(end) && app.start() == end) {
            RoleInClause after = roleIn(s, text, app.start(1), app.end(1));
            if (after != null) {
                evidence = true;
                role = role != null ? role : after.role();
                iso2 = iso2 != null ? iso2 : after.iso2();
                agency = agency != null ? agency : after.agency();
            } else if (describesSomeone(s, text, app.start(1), app.end(1))) {
                // "Kilmar Abrego Garcia, a Salvadoran man, ...": a person, though no office says whom he speaks for
                evidence = true;
            }
        }
        String before = text.substring(0, start);
        boolean speech = d.speechBefore.matcher(before).find() || d.speechAfter.matcher(text).region(end, text.length()).lookingAt()
                || (app.find(end) && app.start() == end && d.speechAfter.matcher(text).region(app.end(), text.length()).lookingAt())
                // "Mekdes Alemu, 29, said", "X, one of his attorneys, told": the verb after the appositive's comma;
                // not a place after a preposition ("of New Hampshire, the top Democrat ..., wrote").
                // "a spokesman for the ministry, Aime Kabeya, told": the name itself closes an appositive
                || (SPEECH_AFTER_COMMA.matcher(text).region(end, text.length()).lookingAt()
                        && ROLE_COMMA_BEFORE.matcher(text.substring(0, start)).find()
                        && d.speechAfter.matcher(text).region(end + 1, text.length()).lookingAt())
                || (app.find(end) && app.start() == end && !PREPOSITION_BEFORE.matcher(text.substring(0, start)).find()
                        && SPEECH_AFTER_COMMA.matcher(text).region(app.end(), text.length()).lookingAt()
                        && d.speechAfter.matcher(text).region(app.end() + 1, text.length()).lookingAt());
        boolean cue = d.cueBefore.matcher(before).find();
        String[] parts = surface.split("\\s+");
        String first = Text.fold(parts[0]);
        String last = Text.fold(parts[parts.length - 1]);

        PersonInfo earlier = words <= 3 ? bySurname(parts) : null;
        Known known = words == 1 || (words == 2 && d.firstNames.contains(first)) ? d.knownBySurname.get(last) : null;
        if (known != null && words == 2 && !Text.fold(known.name()).equals(Text.fold(surface))) {
            known = null;
        }
        if (known == null && words >= 2) {
            // A head of state written in full or by the first words of a long name: "President Teodoro Obiang
            // Nguema Mbasogo", "President Teodoro Obiang" (the surname alone is not the last word of such names).
            known = knownByWords(d, surface);
        }
        if (words >= 2) {
            evidence |= speech || cue || d.firstNames.contains(first);
        } else {
            // one word is a name only with a title or a name already known: "Likewise, a diplomat" is not a person
            evidence = title != null || earlier != null || known != null;
        }
        if (!evidence) {
            return null;
        }
        String name;
        if (earlier != null) {
            name = earlier.name();
        } else if (known != null) {
            name = known.name();
            role = role != null ? role : known.role();
            iso2 = iso2 != null ? iso2 : known.iso2();
            agency = agency != null ? agency : known.agency();
        } else {
            name = surface;
        }
        if (agency != null && iso2 == null) {
            iso2 = countryOf(agency);
        }
        String key = Text.slug(name);
        PersonInfo had = people.get(key);
        PersonInfo now = had == null ? new PersonInfo(key, name, role, iso2, agency)
                : new PersonInfo(key, had.name(), had.role() != null ? had.role() : role,
                        had.affiliationIso2() != null ? had.affiliationIso2() : iso2,
                        had.affiliationAgencyKey() != null ? had.affiliationAgencyKey() : agency);
        people.remove(key);
        people.put(key, now); // most recently named last, so a shared surname goes to the latest
        return new Mention(EntityType.PERSON, key, s.start() + start, s.start() + end, s.text().substring(start, end), false);
    }

    private String countryOf(String bodyKey) {
        for (EntityType t : List.of(EntityType.AGENCY, EntityType.ORGANISATION, EntityType.COURT)) {
            var e = gazetteer.entity(t, bodyKey);
            if (e.isPresent()) {
                return e.get().countryIso2();
            }
        }
        return null;
    }

    // Suffixes after a surname: "Surangel Whipps Jr." is later "Whipps".
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(?:jr|sr|ii|iii|iv)\\.?");

    /**
     * The person named earlier whose name ends with these words ("Van Hollen" after "Chris Van Hollen", "Whipps" after
     * "Surangel Whipps Jr."), else, for one word, whose name holds it after the given name ("Salinas" after "Javier
     * Salinas Roca": Spanish and Portuguese names carry two surnames); with two candidates, the one named last.
     */
    private PersonInfo bySurname(String[] run) {
        PersonInfo tail = null;
        PersonInfo inner = null;
        for (PersonInfo p : people.values()) {
            List<String> name = new ArrayList<>();
            for (String w : p.name().split("\\s+")) {
                name.add(Text.fold(w));
            }
            while (name.size() > 1 && NAME_SUFFIX.matcher(name.get(name.size() - 1)).matches()) {
                name.remove(name.size() - 1);
            }
            if (name.size() <= run.length) {
                continue;
            }
            boolean endsWith = true;
            for (int k = 0; k < run.length; k++) {
                endsWith &= name.get(name.size() - run.length + k).equals(Text.fold(run[k]));
            }
            if (endsWith) {
                tail = p;
            } else if (run.length == 1 && name.size() >= 3 && name.subList(1, name.size()).contains(Text.fold(run[0]))) {
                inner = p;
            }
        }
        return tail != null ? tail : inner;
    }

    private static final Pattern INDEFINITE_ARTICLE = Pattern.compile("\\Gan?\\s+");
    private static final Pattern PERSON_AFTER_DEMONYM = Pattern.compile(
            "\\G(?:\\s+[\\p{L}-]+)?\\s+(?:man|woman|boy|girl|teenager|national|citizen|migrant|asylum seeker|refugee|deportee"
            + "|father|mother|husband|wife|worker|student|activist|journalist|who)\\b|\\G\\s*$");

    /** An appositive that describes a person by nationality: "a Salvadoran man", "a Guatemalan who has lived ...". */
    private boolean describesSomeone(Sentence s, String text, int from, int to) {
        Matcher article = INDEFINITE_ARTICLE.matcher(text);
        if (!article.find(from)) {
            return false;
        }
        for (Mention m : gazetteer.find(s)) {
            if (m.demonym() && m.start() - s.start() == article.end() && m.end() - s.start() <= to) {
                return PERSON_AFTER_DEMONYM.matcher(text).region(m.end() - s.start(), to).lookingAt();
            }
        }
        return false;
    }

    private record RoleInClause(String role, String iso2, String agency) {}

    /** A role word in an appositive, and the first country or body named there. */
    private RoleInClause roleIn(Sentence s, String text, int from, int to) {
        String role = null;
        for (int k = from; k < to && role == null; k++) {
            if (Text.wordStart(text, k)) {
                PhraseMatcher.Hit<String> h = d.roles.longestAt(text, k);
                if (h != null && h.end() <= to) {
                    role = h.value();
                }
            }
        }
        if (role == null) {
            return null;
        }
        return withAffiliation(s, role, from, to);
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\s(?:of|for|on|at|in|to)\\s[^,;:\"()]{1,60}$");

    /** A role followed by what it is of or for, ending at {@code end}: "the deputy of the Fuerza del Pueblo". */
    private RoleInClause roleBeforeQualifier(Sentence s, String text, int end) {
        Matcher q = QUALIFIER.matcher(text).region(Math.max(0, end - 70), end);
        while (q.find()) {
            RoleInClause role = roleEndingAt(s, text, q.start(), false);
            if (role != null) {
                return role;
            }
            q.region(q.start() + 1, end);
        }
        return null;
    }

    private RoleInClause roleEndingAt(Sentence s, String text, int end) {
        return roleEndingAt(s, text, end, false);
    }

    /**
     * A role that ends at {@code end} ("Peru's foreign minister"), with the body named just before it; written in
     * lower case if {@code lowerCase}.
     */
    private RoleInClause roleEndingAt(Sentence s, String text, int end, boolean lowerCase) {
        for (int k = Math.max(0, end - 40); k < end; k++) {
            if (Text.wordStart(text, k)) {
                PhraseMatcher.Hit<String> h = d.roles.longestAt(text, k);
                if (h != null && h.end() == end
                        && (!lowerCase || text.substring(k, end).equals(text.substring(k, end).toLowerCase(Locale.ROOT)))) {
                    int clause = Math.max(text.lastIndexOf(',', k - 1), Math.max(text.lastIndexOf('.', k - 1), -1)) + 1;
                    return withAffiliation(s, h.value(), Math.max(clause, k - 60), end);
                }
            }
        }
        return null;
    }

    private RoleInClause withAffiliation(Sentence s, String role, int from, int to) {
        String iso2 = null;
        String agency = null;
        for (Mention m : gazetteer.find(s)) {
            int ms = m.start() - s.start();
            if (ms < from || ms >= to || m.type() == EntityType.PLACE) {
                continue; // "a lawyer in Entebbe" works for nobody there
            }
            if (m.type() == EntityType.COUNTRY && iso2 == null && agency == null) {
                iso2 = m.key();
            } else if (m.type() != EntityType.COUNTRY && agency == null && iso2 == null) {
                agency = m.key();
            }
        }
        return new RoleInClause(role, iso2, agency);
    }
}
