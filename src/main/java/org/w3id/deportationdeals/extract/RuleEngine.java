package org.w3id.deportationdeals.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules of a {@link RuleBook} over tagged sentences and turns each regex match into {@link Match}
 * records: named groups become role values, anaphors are resolved against the {@link Discourse}.
 */
final class RuleEngine {
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");
    private static final String HOME = "@home";
    /** What a role typed PERSON may hold instead of a name: "he said", "she wrote". */
    private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)he|she");
    /** How many sentences back a pronoun or a quotation standing alone may find its speaker. */
    private static final int PERSON_WINDOW = 2;
    /** How many sentences back "all four governments" may find its countries. */
    private static final int PLURAL_WINDOW = 3;
    /** How far into a paragraph's first sentence its topic country may start ("- Costa Rica", "Neighbouring Rwanda"). */
    private static final int TOPIC_REACH = 25;
    /** Beyond this, a number before "countries" is a count of the reports' own ("the 58 countries"), not a reference. */
    private static final int MAX_PLURAL = 12;

    private final RuleBook book;
    private final Gazetteer gazetteer;
    private final Map<Pattern, List<String>> groupNames = new HashMap<>();
    private final Map<String, Rule> rulesById = new HashMap<>();

    RuleEngine(RuleBook book) {
        this(book, Gazetteer.load());
    }

    /** The gazetteer tells which country an agency belongs to (for {@code state-roles}). */
    RuleEngine(RuleBook book, Gazetteer gazetteer) {
        this.book = book;
        this.gazetteer = gazetteer;
        for (Rule r : book.allRules()) {
            rulesById.put(r.id(), r);
            for (Pattern p : r.patterns()) {
                List<String> names = new ArrayList<>();
                Matcher g = GROUP_NAME.matcher(p.pattern());
                while (g.find()) {
                    names.add(g.group(1));
                }
                groupNames.put(p, names);
            }
        }
    }

    RuleBook book() { return book; }

    /** Country mentions the alias list finds in the sentence ("the Trump administration" for the U.S.). */
    List<Token> aliasTokens(org.w3id.deportationdeals.corpus.Sentence s) {
        List<Token> out = new ArrayList<>();
        for (RuleBook.Alias alias : book.aliases()) {
            Matcher m = alias.phrase().matcher(s.normalised());
            while (m.find()) {
                Mention mention = new Mention(alias.type(), alias.key(), s.start() + m.start(), s.start() + m.end(),
                        s.text().substring(m.start(), m.end()), false);
                out.add(Token.of(mention));
            }
        }
        return out;
    }

    /** All facts the enabled rules find in the sentence; the discourse learns the sentence's countries after. */
    List<Match> apply(TaggedSentence ts, Discourse discourse) {
        List<Match> out = new ArrayList<>();
        for (Rule rule : book.rules()) {
            if (rule.disabled() == null) {
                out.addAll(apply(rule, ts, discourse));
            }
        }
        remember(ts, discourse);
        List<Match> kept = withoutSubsumed(out);
        focusLastStated(kept, ts, discourse);
        return kept;
    }

    /**
     * Puts in focus, for each kind, the fact stated last in the sentence, by its place in the text and not by the
     * order the rules ran in: "The first five arrived in July; ten more were flown in on Tuesday. They are from ..."
     * goes on about the ten. Recaps (running totals, background lists) never take the focus.
     */
    private void focusLastStated(List<Match> matches, TaggedSentence ts, Discourse discourse) {
        Map<String, Match> last = new LinkedHashMap<>();
        for (Match m : matches) {
            Rule rule = rulesById.get(m.ruleId());
            if (rule == null || rule.recap() != null) {
                continue;
            }
            Match before = last.get(m.kind());
            if (before == null || m.start() > before.start() || m.start() == before.start() && m.end() > before.end()) {
                last.put(m.kind(), m);
            }
        }
        for (Match chosen : last.values()) {
            // Facts one match split per value ("X, Y and Z agreed") were one fact in focus: join them again.
            Map<String, List<Object>> roles = new LinkedHashMap<>();
            for (Match m : matches) {
                if (m.ruleId().equals(chosen.ruleId()) && m.start() == chosen.start() && m.end() == chosen.end()) {
                    m.roles().forEach((role, values) -> {
                        List<Object> all = roles.computeIfAbsent(role, r -> new ArrayList<>());
                        values.stream().filter(v -> all.stream().noneMatch(a -> same(a, v))).forEach(all::add);
                    });
                }
            }
            discourse.setFocus(chosen.kind(), roles, ts.sentence().index());
        }
    }

    /** Whether the fact of this kind the sentence already put in focus holds every value of these roles. */
    private boolean saysLessThanFocus(String kind, Map<String, List<Object>> roles, TaggedSentence ts,
            Discourse discourse) {
        if (discourse.focusSentence(kind) != ts.sentence().index()) {
            return false;
        }
        Map<String, List<Object>> focus = discourse.focus(kind);
        return roles.entrySet().stream().allMatch(e -> covers(focus.getOrDefault(e.getKey(), List.of()), e.getValue()));
    }

    /** Facts one rule finds in the sentence. */
    List<Match> apply(Rule rule, TaggedSentence ts, Discourse discourse) {
        List<Match> out = new ArrayList<>();
        if (rule.needs() != null && !rule.needs().matcher(ts.view()).find()) {
            return out;
        }
        for (Pattern p : rule.patterns()) {
            Matcher m = p.matcher(ts.view());
            while (m.find()) {
                List<String> splitBy = new ArrayList<>();
                Map<String, List<Object>> roles = bind(rule, p, m, ts, discourse, splitBy);
                if (roles == null) {
                    continue;
                }
                int start = ts.bodyStart(m.start());
                int end = ts.bodyEnd(m.end());
                // Leave surrounding blanks and punctuation out of the cited words.
                String body = ts.sentence().text();
                while (start < end && " ,;:".indexOf(body.charAt(start - ts.sentence().start())) >= 0) {
                    start++;
                }
                while (end > start && " ,;:".indexOf(body.charAt(end - 1 - ts.sentence().start())) >= 0) {
                    end--;
                }
                if (roles.isEmpty()) {
                    // A document named without date or countries: in focus for "It listed ...", but no fact, and
                    // it does not push aside a document this sentence reported with more.
                    if (discourse.focusSentence(rule.kind()) != ts.sentence().index()) {
                        discourse.setFocus(rule.kind(), roles, ts.sentence().index());
                    }
                    continue;
                }
                // The fact becomes the one in focus for its kind: "the cable said" is the cable reported last. A
                // recap ("bringing the total to 31") never does: the next sentence goes on about the group reported.
                // Nor does a fact that says less than the one this sentence already put in focus: "has received
                // 1,137 deportees ... on flights" read again as "has received flights" must not hide the number from
                // "most of them Hondurans" after it.
                if (rule.recap() == null && !saysLessThanFocus(rule.kind(), roles, ts, discourse)) {
                    discourse.setFocus(rule.kind(), roles, ts.sentence().index());
                }
                // "All four governments agreed" is four answers, as "Ghana, Togo, Benin and Niger agreed" would be.
                String each = rule.each() != null ? rule.each() : splitBy.isEmpty() ? null : splitBy.get(0);
                if (each != null && roles.getOrDefault(each, List.of()).size() > 1) {
                    for (Object value : roles.get(each)) {
                        Map<String, List<Object>> one = new LinkedHashMap<>(roles);
                        one.put(each, List.of(value));
                        out.add(new Match(rule.id(), rule.kind(), ts.sentence(), start, end, freeze(one)));
                    }
                } else {
                    out.add(new Match(rule.id(), rule.kind(), ts.sentence(), start, end, freeze(roles)));
                }
            }
        }
        return out;
    }

    /** The roles a match binds; a role a plural anaphor filled with several countries is added to {@code splitBy}. */
    private Map<String, List<Object>> bind(Rule rule, Pattern p, Matcher m, TaggedSentence ts, Discourse discourse,
                                           List<String> splitBy) {
        Map<String, List<Object>> roles = new LinkedHashMap<>();
        Map<String, Integer> pending = new LinkedHashMap<>();
        Map<String, Integer> plural = new LinkedHashMap<>();
        for (String group : groupNames.get(p)) {
            int gs = m.start(group);
            if (gs < 0) {
                continue;
            }
            String role = RuleBook.roleOf(group);
            if (role.equals("count")) {
                continue;
            }
            int ge = m.end(group);
            if (role.equals(RuleBook.HOME_GROUP)) {
                // "Washington has struck deals with A, B and C" answers the home country's request; "Italy signed an
                // agreement with Albania" answers no one's: the group must name the home country (or its agencies) only.
                List<Object> sides = values(role, ts, gs, ge);
                if (sides.isEmpty() || !sides.stream().allMatch(this::isHome)) {
                    return null;
                }
                continue;
            }
            List<Object> values = values(role, ts, gs, ge);
            if (book.isPersonCountryRole(role)) {
                List<Object> countries = values.stream().map(v -> forCountry(v, discourse)).filter(v -> v != null).toList();
                if (countries.isEmpty() && !values.isEmpty() && (role.equals(rule.each()) || rule.require().contains(role))) {
                    return null; // a person whose country the article does not give answers for no country
                }
                values = countries;
            }
            if (book.isNotHomeRole(role) || book.isNotHomeValue(role)) {
                // "Paraguay and the United States signed an agreement": the answer is Paraguay's.
                List<Object> foreign = values.stream().filter(v -> !isHome(v)).toList();
                if (foreign.isEmpty() && !values.isEmpty() && book.isNotHomeRole(role)) {
                    return null; // the rule read the home country where its fact cannot have it: no fact
                }
                values = foreign;
            }
            if (values.isEmpty() && "PERSON".equals(book.roleType(role))
                    && PERSON_PRONOUN.matcher(ts.view().substring(gs, ge).trim()).matches()) {
                Mention person = person(ts, discourse, gs);
                if (person != null) {
                    values = List.of(person);
                }
            }
            if (values.isEmpty()) {
                String words = ts.view().substring(gs, ge);
                if (book.roleType(role) == null && !book.isTextRole(role) && book.anaphor().matcher(words).matches()) {
                    pending.put(role, ts.bodyStart(gs));
                    if (book.pluralAnaphor().matcher(words.trim()).matches()) {
                        plural.put(role, count(ts.tokensIn(gs, ge)));
                    }
                }
                continue;
            }
            if (book.isStateRole(role)) {
                values = values.stream().map(this::stateOf).toList();
            }
            roles.computeIfAbsent(role, k -> new ArrayList<>()).addAll(values);
        }
        for (Map.Entry<String, Integer> e : pending.entrySet()) {
            if (plural.containsKey(e.getKey())) {
                // "All four governments" is those four or, when fewer were named, nobody the text lets us tell.
                List<Mention> several = several(plural.get(e.getKey()), ts, discourse, e.getValue(), roles);
                boolean homeSide = book.isHomeSideRole(e.getKey());
                List<Object> kept = several == null ? List.of() : several.stream()
                        .filter(c -> homeSide || !c.key().equals(book.homeCountry())).map(c -> (Object) c).toList();
                if (!kept.isEmpty()) {
                    roles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(kept);
                    if (book.isStateRole(e.getKey())) {
                        splitBy.add(e.getKey()); // one answer, one request per government, as the ontology has it
                    }
                }
                continue;
            }
            Mention referent = referent(rule, e.getKey(), ts, discourse, e.getValue(), roles);
            if (referent != null) {
                roles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(referent);
            }
        }
        for (Map.Entry<String, String> e : rule.fixed().entrySet()) {
            if (e.getValue().equals(HOME)) {
                Token first = ts.tokens().isEmpty() ? null : ts.tokens().get(0);
                int at = first == null ? ts.sentence().start() : first.start();
                roles.put(e.getKey(), List.of(new Mention(EntityType.COUNTRY, book.homeCountry(), at, at, "", false)));
            } else if ("NUM".equals(book.roleType(e.getKey()))) {
                // "a Guatemalan man who was deported to Mexico": one person, a count the words give without a numeral
                roles.put(e.getKey(), List.of(new Quantity(new BigDecimal(e.getValue()), null)));
            } else {
                roles.put(e.getKey(), List.of(e.getValue()));
            }
        }
        for (String role : rule.fill()) {
            if (roles.containsKey(role)) {
                continue;
            }
            if ("DATE".equals(book.roleType(role))) {
                ts.tokens().stream().filter(t -> t.type().equals("DATE") && t.value() != null && !bounding(ts, t)).findFirst()
                        .ifPresent(t -> roles.put(role, List.of(t.value())));
            } else if ("PERSON".equals(book.roleType(role))) {
                Mention person = person(ts, discourse, m.start());
                if (person != null) {
                    roles.put(role, List.of(person));
                }
            } else {
                Mention referent = referent(rule, role, ts, discourse, ts.bodyStart(m.start()), roles);
                if (referent != null) {
                    roles.put(role, List.of(referent));
                }
            }
        }
        if (rule.focus() != null) {
            List<String> spec = List.of(rule.focus().trim().split("\\s+"));
            Map<String, List<Object>> earlier = discourse.focus(spec.get(0));
            if (earlier == null) {
                return null; // "It listed ..." says nothing when no document is in focus
            }
            if ("paragraph".equals(rule.scope())
                    && !discourse.sameParagraph(discourse.focusSentence(spec.get(0)), ts.sentence().index())) {
                return null; // a bare quotation continues only the quotation of its own paragraph
            }
            if ("previous".equals(rule.scope()) && discourse.focusSentence(spec.get(0)) != ts.sentence().index() - 1) {
                return null; // "he said" is the speaker of the quotation right before, or unknown
            }
            if ("sentence".equals(rule.scope()) && discourse.focusSentence(spec.get(0)) != ts.sentence().index()) {
                return null; // ", most of them from Eritrea" describes the group of its own sentence only
            }
            List<String> inherited = spec.size() > 1 ? spec.subList(1, spec.size()) : List.of("date", "issuedBy");
            for (String role : inherited) {
                if (role.startsWith("!")) {
                    if (earlier.containsKey(role.substring(1))) {
                        return null; // "!payee": only a fact that still lacks the role is completed by this one
                    }
                    continue;
                }
                int arrow = role.indexOf('>');
                if (arrow > 0) {
                    // "issuedBy>asker": who issued the cable in focus is who asks through it, over the rule's default.
                    // The same cable named again by its date in the next sentence keeps the issuer named before.
                    String from = role.substring(0, arrow);
                    List<Object> carried = earlier.containsKey(from) ? earlier.get(from)
                            : discourse.recentRole(spec.get(0), from, ts.sentence().index(), 1);
                    if (carried != null) {
                        roles.put(role.substring(arrow + 1), carried);
                    }
                } else if (earlier.containsKey(role)) {
                    Mention topic = book.isNotHomeRole(role) && !roles.containsKey(role)
                            ? paragraphTopic(spec.get(0), role, ts, discourse, roles) : null;
                    roles.putIfAbsent(role, topic != null ? List.of(topic) : earlier.get(role));
                }
            }
        }
        List<String> missing = rule.require().stream().filter(r -> !roles.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            if (!roles.isEmpty() && rule.awaits().containsAll(missing)) {
                // "The largest sum, roughly $4 million, is listed under ...": no payment yet, but the next sentence
                // may say where it goes ("It is to go to Sierra Leone").
                discourse.setFocus(rule.kind(), roles, ts.sentence().index());
            }
            return null;
        }
        return roles.isEmpty() && !book.isDocumentKind(rule.kind()) ? null : roles;
    }

    /** The values a role takes from the words a group matched. */
    private List<Object> values(String role, TaggedSentence ts, int gs, int ge) {
        List<Object> out = new ArrayList<>();
        if (book.isTextRole(role)) {
            String text = ts.text(gs, ge).replaceAll("^[\"'\\s]+|[\"',.;:\\s]+$", "");
            if (!text.isEmpty()) {
                out.add(text);
            }
            return out;
        }
        String type = book.roleType(role);
        List<Token> tokens = ts.tokensIn(gs, ge);
        if ("NOTATION".equals(type)) {
            String word = ts.view().substring(gs, ge).trim().toLowerCase(Locale.ROOT);
            out.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            return out;
        }
        if (type != null) {
            for (Token t : tokens) {
                if (t.type().equals(type) && t.value() != null) {
                    out.add(t.value());
                }
            }
            return out;
        }
        // An actor: the countries named (also as "Kosovar officials"), else agencies and courts, else people.
        // A place ("landed in Entebbe") counts only for the roles that say where people went.
        List<String> first = book.isPlaceRole(role) ? List.of("COUNTRY", "DEMONYM", "PLACE") : List.of("COUNTRY", "DEMONYM");
        for (List<String> tier : List.of(first, List.of("AGENCY", "ORG", "COURT"), List.of("PERSON"))) {
            for (Token t : tokens) {
                Object v = t.value() instanceof Mention m && m.type() == EntityType.PLACE
                        ? new Mention(EntityType.COUNTRY, m.key(), m.start(), m.end(), m.surface(), false) : t.value();
                if (tier.contains(t.type()) && !out.contains(v)) {
                    out.add(v);
                }
            }
            if (!out.isEmpty() || book.isCountryRole(role)) {
                return out; // a country role never takes "Reuters" from "a cable seen by Reuters"
            }
        }
        return out;
    }

    /**
     * The country an agency acts for ("Peru's foreign ministry said ..." is Peru answering), as a country mention over
     * the agency's words; anything else unchanged.
     */
    private Object stateOf(Object value) {
        if (value instanceof Mention m && m.type() == EntityType.AGENCY) {
            String iso2 = gazetteer.entity(EntityType.AGENCY, m.key()).map(NamedEntity::countryIso2).orElse(null);
            if (iso2 != null) {
                return new Mention(EntityType.COUNTRY, iso2, m.start(), m.end(), m.surface(), false);
            }
        }
        return value;
    }

    /**
     * Whom "he" or "she" (or a quotation standing alone) points at: the last person named before the view offset in
     * this sentence, else the last one named in the two sentences before.
     */
    private static Mention person(TaggedSentence ts, Discourse discourse, int beforeView) {
        Mention last = null;
        for (Token t : ts.tokens()) {
            int at = ts.viewIndexOf(t);
            // A name inside the quotation is someone the speaker talks about, not the speaker.
            boolean quoted = ts.view().substring(0, Math.max(0, at)).chars().filter(c -> c == '"').count() % 2 == 1;
            if (t.type().equals("PERSON") && t.value() instanceof Mention p && at < beforeView && !quoted) {
                last = p;
            }
        }
        return last != null ? last : discourse.lastPerson(ts.sentence().index(), PERSON_WINDOW);
    }

    /** A date that bounds a period ("since 2022", "until May") rather than dating the event. */
    private static boolean bounding(TaggedSentence ts, Token date) {
        int at = ts.viewIndexOf(date);
        String before = ts.view().substring(Math.max(0, at - 8), Math.max(0, at)).toLowerCase(Locale.ROOT);
        String words = ((DateValue) date.value()).text() == null ? "" : ((DateValue) date.value()).text().toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(since|until|till|before|after|by) $") || words.matches("^(since|until|till|before|after|by)\\b.*");
    }

    /**
     * What "the country", "the officials", "it" or "there" points at: a foreign country named before it in the same
     * sentence, else the same role of the fact of this kind reported in the last two sentences ("The officials said
     * they preferred ..." after "Kosovar officials said ..."), else the most recently mentioned foreign country before
     * the offset that no role of this fact holds yet.
     */
    private Mention referent(Rule rule, String role, TaggedSentence ts, Discourse discourse, int before,
                             Map<String, List<Object>> bound) {
        // A foreign country named earlier in the same sentence is the nearest antecedent ("gave El Salvador $5
        // million after the country put ..."), before any fact reported in earlier sentences.
        if (!book.isHomeSideRole(role)) {
            List<Mention> here = referents(ts);
            for (int i = here.size() - 1; i >= 0; i--) {
                Mention c = here.get(i);
                if (c.end() <= before && !isBound(c, bound) && !c.key().equals(book.homeCountry())) {
                    return c;
                }
            }
        }
        int focusAt = discourse.focusSentence(rule.kind());
        if (!book.isHomeSideRole(role)) {
            Mention since = paragraphTopic(rule.kind(), role, ts, discourse, bound);
            if (since != null) {
                return since;
            }
        }
        if (focusAt >= 0 && ts.sentence().index() - focusAt <= 2 && ts.sentence().index() > focusAt) {
            for (Object v : discourse.focus(rule.kind()).getOrDefault(role, List.of())) {
                // The same role of the fact in focus may be the home country ("They set a deadline": the asker).
                if (v instanceof Mention m && !isBound(m, bound)
                        && (book.isHomeSideRole(role) || !m.key().equals(book.homeCountry()))) {
                    return m;
                }
            }
        }
        if (book.isHomeSideRole(role)) {
            return null;
        }
        List<Mention> candidates = new ArrayList<>(discourse.referents());
        for (Mention m : referents(ts)) {
            if (m.end() <= before) {
                candidates.add(m);
            }
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Mention c = candidates.get(i);
            if (!isBound(c, bound) && !c.key().equals(book.homeCountry())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The country a new paragraph opens with, when the fact of the kind in focus is from an earlier paragraph, or
     * null: an explainer's "- Eswatini: the kingdom agreed ... Five men arrived in July" after the item on South
     * Sudan. A paragraph that names the focus's country again still talks about it ("they suggested Kosovo,
     * which declared independence from Serbia": the officials are Kosovo's).
     */
    private Mention paragraphTopic(String kind, String role, TaggedSentence ts, Discourse discourse,
                                   Map<String, List<Object>> bound) {
        int focusAt = discourse.focusSentence(kind);
        if (focusAt < 0 || discourse.sameParagraph(focusAt, ts.sentence().index())) {
            return null;
        }
        List<String> focused = discourse.focus(kind).getOrDefault(role, List.of()).stream()
                .filter(v -> v instanceof Mention).map(v -> ((Mention) v).key()).toList();
        Mention topic = discourse.paragraphTopic(ts.sentence().index(), focusAt, focused);
        return topic == null || isBound(topic, bound) || topic.key().equals(book.homeCountry()) ? null : topic;
    }

    /** How many countries "all four governments" or "both countries" stand for: the number read, else two. */
    private static int count(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.type().equals("NUM") && t.value() instanceof Quantity q && q.value() != null) {
                return q.value().intValue();
            }
        }
        return 2;
    }

    /**
     * The countries "all four governments" points at: the last {@code n} distinct countries named before it in this
     * sentence or the {@value #PLURAL_WINDOW} before, none of them already bound to the fact; null when fewer were
     * named. The home country counts only for a pair ("the two countries signed an agreement" after "Paraguay and the
     * United States"); for more, reports mean the foreign governments asked.
     */
    private List<Mention> several(int n, TaggedSentence ts, Discourse discourse, int before, Map<String, List<Object>> bound) {
        if (n < 2 || n > MAX_PLURAL) {
            return null;
        }
        List<Mention> candidates = new ArrayList<>(discourse.referentsSince(ts.sentence().index(), PLURAL_WINDOW));
        referents(ts).stream().filter(m -> m.end() <= before).forEach(candidates::add);
        List<Mention> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0 && out.size() < n; i--) {
            Mention c = candidates.get(i);
            boolean home = c.key().equals(book.homeCountry());
            if (keys.contains(c.key()) || isBound(c, bound) || home && n > 2) {
                continue;
            }
            keys.add(c.key());
            out.add(c);
        }
        Collections.reverse(out);
        return out.size() == n ? out : null;
    }

    /**
     * A person named where a country must answer or receive stands for the country they speak for ("Chaves agreed");
     * null for a person whose country the article does not give.
     */
    private static Object forCountry(Object v, Discourse discourse) {
        if (v instanceof Mention p && p.type() == EntityType.PERSON) {
            String iso2 = discourse.affiliation(p.key());
            if (iso2 != null) {
                return new Mention(EntityType.COUNTRY, iso2, p.start(), p.end(), p.surface(), false);
            }
            return null;
        }
        return v;
    }

    /** The home country, or one of its agencies or courts ("The Justice Department said it was reviewing ..."). */
    private boolean isHome(Object v) {
        if (!(v instanceof Mention c)) {
            return false;
        }
        if (c.type() == EntityType.COUNTRY) {
            return c.key().equals(book.homeCountry());
        }
        return (c.type() == EntityType.AGENCY || c.type() == EntityType.COURT) && gazetteer
                .entity(c.type(), c.key()).map(e -> book.homeCountry().equals(e.countryIso2())).orElse(false);
    }

    private static boolean isBound(Mention c, Map<String, List<Object>> bound) {
        return bound.values().stream().flatMap(List::stream)
                .anyMatch(v -> v instanceof Mention b && b.type() == c.type() && b.key().equals(c.key()));
    }

    /**
     * Countries a later "the country" can point at: names, agencies of a country, and demonyms used as governments
     * ("Kosovar officials").
     */
    private List<Mention> referents(TaggedSentence ts) {
        List<Mention> out = new ArrayList<>();
        for (Token t : ts.tokens()) {
            if (t.type().equals("COUNTRY")) {
                out.add((Mention) t.value());
            } else if (t.type().equals("AGENCY") && stateOf(t.value()) instanceof Mention m && m.type() == EntityType.COUNTRY) {
                out.add(m); // "Ghana's foreign ministry said it ...": "it" is Ghana
            } else if (t.type().equals("DEMONYM")) {
                int at = ts.viewIndexOf(t);
                Matcher gov = book.governmentNoun().matcher(ts.view());
                int after = at + ("<DEMONYM:" + ts.tokens().indexOf(t) + ">").length();
                if (after <= ts.view().length() && gov.region(after, ts.view().length()).lookingAt()) {
                    out.add((Mention) t.value());
                }
            }
        }
        return out;
    }

    void remember(TaggedSentence ts, Discourse discourse) {
        referents(ts).forEach(m -> discourse.addReferent(m, ts.sentence().index()));
        if (discourse.startsParagraph(ts.sentence().index())) {
            // The country a paragraph opens with is what it is about: a list item's heading, the subject.
            referents(ts).stream().findFirst()
                    .filter(m -> m.start() - ts.sentence().start() <= TOPIC_REACH)
                    .ifPresent(m -> discourse.setTopic(ts.sentence().index(), m));
        }
        for (Token t : ts.tokens()) {
            if (t.type().equals("PERSON") && t.value() instanceof Mention p) {
                discourse.addPerson(p, ts.sentence().index());
            }
        }
    }

    private static Map<String, List<Object>> freeze(Map<String, List<Object>> roles) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        roles.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Drops a fact when another fact of the same kind from the same sentence says all it says and more (two
     * rules for "agreed", one also reading the number): the fuller one is kept, or the first of equals.
     */
    static List<Match> withoutSubsumed(List<Match> matches) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match a = matches.get(i);
            boolean drop = false;
            for (int j = 0; j < matches.size() && !drop; j++) {
                Match b = matches.get(j);
                if (i == j || !a.kind().equals(b.kind()) || a.sentence().index() != b.sentence().index()) {
                    continue;
                }
                boolean covered = a.roles().entrySet().stream().allMatch(e -> covers(b.roles().get(e.getKey()), e.getValue()));
                boolean equal = covered && b.roles().entrySet().stream().allMatch(e -> covers(a.roles().get(e.getKey()), e.getValue()));
                drop = covered && (!equal || j < i);
            }
            if (!drop) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean covers(List<Object> have, List<Object> need) {
        if (have == null) {
            return false;
        }
        for (Object n : need) {
            if (have.stream().noneMatch(h -> same(h, n))) {
                return false;
            }
        }
        return true;
    }

    /** Two values are the same fact value; mentions compare by what they name, not where. */
    private static boolean same(Object a, Object b) {
        if (a instanceof Mention x && b instanceof Mention y) {
            return x.type() == y.type() && x.key().equals(y.key());
        }
        return Objects.equals(a, b);
    }
}
