package org.w3id.deportationdeals.server;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.deportationdeals.vocab.DD;
import org.w3id.deportationdeals.vocab.NIF;

/**
 * Renders one piece of evidence as a reader wants to check it: the sentence of the article with the cited words
 * highlighted, and where it comes from. The highlight comes from the evidence's body offsets less the sentence's
 * start; when they do not fit the sentence (a graph written by another tool), the cited text is searched instead.
 */
final class EvidenceView {

    private EvidenceView() {}

    /** Whether the node is an evidence record (it names a sentence or cites text). */
    static boolean isEvidence(Graph g, Node node) {
        return g.contains(node, DD.inSentence.asNode(), Node.ANY) || g.contains(node, DD.citedText.asNode(), Node.ANY);
    }

    static void render(Graph g, Node evidence, Html html) {
        Optional<Node> sentence = object(g, evidence, DD.inSentence.asNode());
        Optional<String> cited = object(g, evidence, DD.citedText.asNode()).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm);
        Optional<String> text = sentence.flatMap(s -> object(g, s, NIF.anchorOf.asNode())).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm);
        html.raw("<div class=\"evidence\"><div class=\"sentence\">");
        if (text.isPresent()) {
            int[] span = span(g, evidence, sentence.get(), text.get(), cited.orElse(null));
            String s = text.get();
            if (span == null) {
                html.text(s);
            } else {
                html.text(s.substring(0, span[0])).raw("<mark>").text(s.substring(span[0], span[1])).raw("</mark>")
                        .text(s.substring(span[1]));
            }
        } else if (cited.isPresent()) {
            html.raw("<mark>").text(cited.get()).raw("</mark>");
        }
        html.raw("</div><div class=\"source\">");
        Optional<Node> article = object(g, evidence, DD.inArticle.asNode())
                .or(() -> sentence.flatMap(s -> object(g, s, NIF.referenceContext.asNode())));
        if (article.isPresent()) {
            html.link(article.get().toString(), Labels.label(g, article.get()));
            object(g, article.get(), DD.publisher.asNode()).ifPresent(p -> html.text(", ").text(Labels.label(g, p)));
            object(g, article.get(), DCTerms.issued.asNode()).filter(Node::isLiteral)
                    .ifPresent(d -> html.text(", ").text(d.getLiteralLexicalForm()));
        }
        sentence.ifPresent(s -> html.text(" · ").link(s.getURI(), "sentence"));
        if (evidence.isURI()) {
            html.text(" · ").link(evidence.getURI(), "evidence");
        }
        object(g, evidence, DD.extractedBy.asNode())
                .ifPresent(rule -> html.text(" · rule ").raw("<code>").text(Labels.label(g, rule)).raw("</code>"));
        html.raw("</div></div>\n");
    }

    /** The cited words as [start, end) within the sentence text, or null. */
    private static int[] span(Graph g, Node evidence, Node sentence, String text, String cited) {
        Optional<Integer> begin = integer(g, evidence, NIF.beginIndex.asNode());
        Optional<Integer> end = integer(g, evidence, NIF.endIndex.asNode());
        Optional<Integer> sentenceBegin = integer(g, sentence, NIF.beginIndex.asNode());
        if (begin.isPresent() && end.isPresent() && sentenceBegin.isPresent()) {
            int from = begin.get() - sentenceBegin.get();
            int to = end.get() - sentenceBegin.get();
            if (0 <= from && from <= to && to <= text.length()
                    && (cited == null || text.substring(from, to).equals(cited))) {
                return new int[] {from, to};
            }
        }
        if (cited != null && !cited.isEmpty()) {
            int at = text.indexOf(cited);
            if (at >= 0) {
                return new int[] {at, at + cited.length()};
            }
        }
        return null;
    }

    static Optional<Node> object(Graph g, Node subject, Node property) {
        if (subject == null || subject.isLiteral()) {
            return Optional.empty();
        }
        return g.find(subject, property, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static Optional<Integer> integer(Graph g, Node subject, Node property) {
        return object(g, subject, property).filter(Node::isLiteral).flatMap(n -> {
            try {
                return Optional.of(Integer.parseInt(n.getLiteralLexicalForm().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
