package org.w3id.deportationdeals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.deportationdeals.corpus.Article;

/** Every rule matches every example its file gives for it (the example is the rule's own test case). */
class RuleExamplesTest {
    private static final RuleBook BOOK = RuleBook.load();

    @TestFactory
    Stream<DynamicTest> everySentenceRuleMatchesItsExamples() {
        Extractor extractor = Extractor.load();
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BOOK.rules()) {
            if (rule.disabled() != null) {
                continue;
            }
            for (Rule.Example ex : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + ex.sentence(), () -> {
                    List<String> sentences = new ArrayList<>(ex.context());
                    sentences.add(ex.sentence());
                    Article article = Articles.of(sentences.toArray(String[]::new));
                    int last = sentences.size() - 1;
                    if (introducesDocumentOnly(rule)) {
                        // "The cable disseminated earlier this year ...": no fact, but the cable comes into focus.
                        Discourse discourse = new Discourse();
                        new RuleEngine(BOOK).apply(rule, extractor.tag(article, article.sentences().get(last)), discourse);
                        assertEquals(last, discourse.focusSentence(rule.kind()),
                                () -> "rule " + rule.id() + " (" + rule.origin() + ") did not bring a document into focus");
                        return;
                    }
                    Extraction result = extractor.extract(article);
                    // The rule on its own must state a fact there; in the full extraction a fact of another rule
                    // that says the same with more roles may win the sentence, which is no failure of this rule.
                    boolean fired = result.matches().stream()
                            .anyMatch(m -> m.ruleId().equals(rule.id()) && m.sentence().index() == last)
                            || extractor.probe(article, rule).stream().anyMatch(m -> m.sentence().index() == last);
                    assertTrue(fired, () -> "rule " + rule.id() + " (" + rule.origin() + ") did not match its example\n  "
                            + extractor.tag(article, article.sentences().get(last)).view() + "\nmatches: " + result.matches());
                }));
            }
        }
        return tests.stream();
    }

    /** A rule about a document that binds no role (no named group) only brings the document into focus. */
    private static boolean introducesDocumentOnly(Rule rule) {
        return BOOK.isDocumentKind(rule.kind())
                && rule.patterns().stream().noneMatch(p -> p.pattern().matches("(?s).*\\(\\?<[A-Za-z].*"));
    }

    @TestFactory
    Stream<DynamicTest> everyListHeaderRuleReadsItsExamples() {
        Extractor extractor = Extractor.load();
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BOOK.listHeaders()) {
            for (Rule.Example ex : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + ex.sentence(), () -> {
                    Article article = Articles.of(ex.sentence());
                    TaggedSentence ts = extractor.tag(article, article.sentences().get(0));
                    assertTrue(CountryList.headers(ts, BOOK).stream().anyMatch(h -> h.rule().id().equals(rule.id())),
                            () -> "list header rule " + rule.id() + " did not read " + ts.view());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasAnExample() {
        for (Rule rule : BOOK.allRules()) {
            assertFalse(rule.examples().isEmpty(), rule.id());
        }
    }
}
