package org.w3id.deportationdeals.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.extract.DateValue;
import org.w3id.deportationdeals.extract.Match;
import org.w3id.deportationdeals.extract.Mention;
import org.w3id.deportationdeals.extract.Money;
import org.w3id.deportationdeals.extract.Quantity;

/**
 * Compares extracted facts with gold facts, article by article and kind by kind, as sets: duplicates within an
 * article collapse on both sides, a gold fact is found when an extracted fact agrees with it (one extracted fact
 * finds at most one gold fact), and an extracted fact is spurious only when it agrees with no gold fact at all and
 * is not a less specific statement of one.
 */
final class Scorer {
    private final ComparedRoles compared;

    Scorer(ComparedRoles compared) {
        this.compared = compared;
    }

    /** The facts a rule found, in the evaluation's terms; kinds that are not scored give none. */
    List<ComparedFact> fromMatch(String articleId, Match match) {
        return fromStatements(articleId, List.of(match));
    }

    /**
     * One fact stated by several matches (one fact IRI of the graph), in the evaluation's terms: each role has the
     * values of all of them, as the graph's node has.
     */
    List<ComparedFact> fromStatements(String articleId, List<Match> statements) {
        Match match = statements.get(0);
        if (!compared.scores(match.kind())) {
            return List.of();
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object>> role : statements.stream().flatMap(m -> m.roles().entrySet().stream()).toList()) {
            for (Object value : role.getValue()) {
                if (value instanceof Money money) {
                    // The graph writes a Money value as amount and currency whatever role carried it.
                    add(roles, "amount", plain(money.amount()));
                    add(roles, "currency", money.currency());
                } else {
                    String text = text(value);
                    if (text != null) {
                        add(roles, role.getKey(), text);
                    }
                }
            }
        }
        roles.keySet().retainAll(compared.roles(match.kind()));
        String sentence = match.sentence() == null ? "" : match.sentence().text();
        return split(new ComparedFact(articleId, match.kind(), roles, sentence, match.ruleId()));
    }

    private static void add(Map<String, List<String>> roles, String role, String value) {
        List<String> values = roles.computeIfAbsent(role, r -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Mention m) {
            return m.key();
        }
        if (value instanceof Quantity q) {
            return q.value() == null ? null : plain(q.value());
        }
        if (value instanceof DateValue d) {
            return d.lexical();
        }
        return value.toString().strip();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** One fact per value of each split role ("a cable listing Togo and Tunisia" is two (cable, country) facts). */
    List<ComparedFact> split(ComparedFact fact) {
        List<ComparedFact> out = List.of(fact);
        for (String role : fact.roles().keySet()) {
            if (!compared.splits(fact.kind(), role) || fact.roles().get(role).size() < 2) {
                continue;
            }
            List<ComparedFact> next = new ArrayList<>();
            for (ComparedFact partial : out) {
                for (String value : partial.roles().get(role)) {
                    Map<String, List<String>> roles = new LinkedHashMap<>(partial.roles());
                    roles.put(role, List.of(value));
                    next.add(new ComparedFact(partial.articleId(), partial.kind(), roles, partial.sentence(),
                            partial.origin()));
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Scores the articles that have gold; extracted facts of other articles are not counted.
     *
     * @param gold      gold facts by article id, as read from the gold files
     * @param extracted extracted facts by article id, already in the evaluation's terms
     */
    EvaluationReport score(Map<String, List<ComparedFact>> gold, Map<String, List<ComparedFact>> extracted,
                           List<ArticleException> articleErrors) {
        Map<String, KindScore> byKind = new TreeMap<>(Comparator.comparingInt(compared::order)
                .thenComparing(Comparator.naturalOrder()));
        List<ComparedFact> missed = new ArrayList<>();
        List<ComparedFact> spurious = new ArrayList<>();
        for (Map.Entry<String, List<ComparedFact>> article : gold.entrySet()) {
            List<ComparedFact> goldFacts = collapseGold(article.getValue().stream().flatMap(f -> split(f).stream()).toList());
            List<ComparedFact> found = distinct(extracted.getOrDefault(article.getKey(), List.of()));
            Set<String> kinds = new LinkedHashSet<>();
            goldFacts.forEach(f -> kinds.add(f.kind()));
            found.forEach(f -> kinds.add(f.kind()));
            for (String kind : kinds) {
                List<ComparedFact> g = goldFacts.stream().filter(f -> f.kind().equals(kind)).toList();
                List<ComparedFact> e = found.stream().filter(f -> f.kind().equals(kind)).toList();
                KindScore score = scoreKind(kind, g, e, missed, spurious);
                byKind.merge(kind, score, KindScore::plus);
            }
        }
        KindScore overall = byKind.values().stream()
                .reduce(new KindScore(KindScore.ALL, 0, 0, 0), (a, b) -> a.plus(b));
        List<String> unscored = extracted.keySet().stream().filter(id -> !gold.containsKey(id)).sorted().toList();
        return new EvaluationReport(List.copyOf(byKind.values()), overall, List.copyOf(missed), List.copyOf(spurious),
                List.copyOf(gold.keySet()), unscored, List.copyOf(articleErrors));
    }

    private KindScore scoreKind(String kind, List<ComparedFact> gold, List<ComparedFact> found,
                                List<ComparedFact> missed, List<ComparedFact> spurious) {
        boolean[][] agrees = new boolean[gold.size()][found.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int e = 0; e < found.size(); e++) {
                agrees[g][e] = compared.agree(gold.get(g), found.get(e));
            }
        }
        int[] goldOf = new int[found.size()];
        Arrays.fill(goldOf, -1);
        int truePositives = 0;
        boolean[] goldFound = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            if (augment(g, agrees, goldOf, new boolean[found.size()])) {
                truePositives++;
            }
        }
        for (int g : goldOf) {
            if (g >= 0) {
                goldFound[g] = true;
            }
        }
        int falseNegatives = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (!goldFound[g]) {
                missed.add(gold.get(g));
                falseNegatives++;
            }
        }
        int falsePositives = 0;
        for (int e = 0; e < found.size(); e++) {
            final int column = e;
            boolean agreesWithSome = false;
            for (int g = 0; g < gold.size(); g++) {
                // A less specific statement of a gold fact ("Kosovo agreed" where the gold says "up to 50") is
                // the same fact in the graph: a duplicate, not a false positive.
                agreesWithSome |= agrees[g][column] || compared.agree(found.get(column), gold.get(g));
            }
            if (!agreesWithSome) {
                spurious.add(found.get(e));
                falsePositives++;
            }
        }
        return new KindScore(kind, truePositives, falsePositives, falseNegatives);
    }

    /** Kuhn's augmenting path: gold fact g takes a free agreeing extracted fact or displaces one that can move. */
    private static boolean augment(int g, boolean[][] agrees, int[] goldOf, boolean[] visited) {
        for (int e = 0; e < goldOf.length; e++) {
            if (agrees[g][e] && !visited[e]) {
                visited[e] = true;
                if (goldOf[e] < 0 || augment(goldOf[e], agrees, goldOf, visited)) {
                    goldOf[e] = g;
                    return true;
                }
            }
        }
        return false;
    }

    /** Extracted facts that give the same roles are one fact, whichever rule or sentence found them. */
    private static List<ComparedFact> distinct(Collection<ComparedFact> facts) {
        Map<String, ComparedFact> first = new LinkedHashMap<>();
        for (ComparedFact fact : facts) {
            first.putIfAbsent(fact.kind() + new TreeMap<>(fact.roles()), fact);
        }
        return List.copyOf(first.values());
    }

    /**
     * Gold facts collapse like the graph's facts do: a gold fact that a more specific gold fact of the same article
     * implies ("Kosovo agreed" beside "Kosovo agreed to take up to 50") is not a fact of its own, so one extraction
     * of the specific statement finds both.
     */
    List<ComparedFact> collapseGold(List<ComparedFact> facts) {
        List<ComparedFact> unique = distinct(facts);
        List<ComparedFact> kept = new ArrayList<>();
        for (int i = 0; i < unique.size(); i++) {
            ComparedFact fact = unique.get(i);
            boolean implied = false;
            for (int j = 0; j < unique.size() && !implied; j++) {
                if (i == j) {
                    continue;
                }
                ComparedFact other = unique.get(j);
                boolean otherImpliesThis = compared.agree(fact, other);
                boolean thisImpliesOther = compared.agree(other, fact);
                implied = otherImpliesThis && (!thisImpliesOther || j < i);
            }
            if (!implied) {
                kept.add(fact);
            }
        }
        return kept;
    }
}
