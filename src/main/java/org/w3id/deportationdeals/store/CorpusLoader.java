package org.w3id.deportationdeals.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.corpus.CorpusReading;
import org.w3id.deportationdeals.corpus.Sentence;
import org.w3id.deportationdeals.extract.Extraction;
import org.w3id.deportationdeals.extract.Extractor;
import org.w3id.deportationdeals.extract.Gazetteer;
import org.w3id.deportationdeals.graph.ArticleGraph;
import org.w3id.deportationdeals.graph.FactGraph;
import org.w3id.deportationdeals.graph.GraphBuilder;
import org.w3id.deportationdeals.graph.OntologyModel;
import org.w3id.deportationdeals.graph.Prefixes;
import org.w3id.deportationdeals.graph.Reconciler;
import org.w3id.deportationdeals.validate.ShapeValidator;
import org.w3id.deportationdeals.validate.Violation;
import org.w3id.deportationdeals.vocab.DD;

/**
 * Builds the validated knowledge graph of a folder of articles: every article is read, its facts extracted and
 * written as RDF, and each fact validated against the shapes; a fact that violates a shape is left out whole and
 * kept, with its report and source sentence, as a {@link Rejection}.
 *
 * <pre>{@code
 * BuiltGraph built = CorpusLoader.create().build(Path.of("articles"));
 * System.err.println(built.report().summary());
 * }</pre>
 */
public final class CorpusLoader {
    /** Rounds of validate-and-drop; each round removes what the last found, so few are ever needed. */
    private static final int MAX_ROUNDS = 6;

    private final Extractor extractor;
    private final GraphBuilder builder;
    private final ShapeValidator validator;

    private CorpusLoader(Extractor extractor, GraphBuilder builder, ShapeValidator validator) {
        this.extractor = extractor;
        this.builder = builder;
        this.validator = validator;
    }

    /** A loader with the bundled rules, gazetteers and shapes. */
    public static CorpusLoader create() {
        return create(ShapeValidator.bundled());
    }

    /** A loader that validates against the given shapes. */
    public static CorpusLoader create(ShapeValidator validator) {
        return new CorpusLoader(Extractor.load(), GraphBuilder.create(Gazetteer.load()), validator);
    }

    /** Reads every article of the folder; unreadable ones are reported and the others still load. */
    public BuiltGraph build(Path articlesFolder) {
        CorpusReading reading = Corpus.readFolder(articlesFolder);
        return build(reading.articles(), reading.errors());
    }

    public BuiltGraph build(List<Article> articles, List<ArticleException> articleErrors) {
        return build(articles, articleErrors, Map.of());
    }

    /**
     * Builds the graph of articles added to a published graph: their undated statements may also be the one dated
     * fact of the published graph they match ({@link Reconciler#reconcile(List, Map)}).
     *
     * @param publishedDated the published graph's dated fact IRIs, by their undated IRI
     */
    public BuiltGraph build(List<Article> articles, List<ArticleException> articleErrors,
                            Map<String, Set<String>> publishedDated) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        List<Rejection> rejections = new ArrayList<>();
        Model reference = builder.referenceModel();
        validateReference(reference, rejections);
        dataset.executeWrite(() -> {
            dataset.prefixes().putAll(Prefixes.MAP);
            dataset.addGraph(NodeFactory.createURI(DD.ONTOLOGY_GRAPH), OntologyModel.bundled().getGraph());
            dataset.addGraph(NodeFactory.createURI(DD.REFERENCE_GRAPH), reference.getGraph());
        });
        int loaded = 0;
        int rejected = rejections.size();
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        // Articles are read independently (the extractor and builder keep no state between articles), so they are
        // read in parallel; the graphs keep the articles' order.
        List<ArticleGraph> graphs = articles.parallelStream().map(article -> {
            Extraction found = extractor.extract(withReferenceDate(article, byId));
            return builder.build(new Extraction(article, found.matches(), found.mentions(), found.people()));
        }).toList();
        for (ArticleGraph graph : Reconciler.reconcile(graphs, publishedDated)) {
            List<FactGraph> kept = new ArrayList<>(graph.facts());
            List<Rejection> articleRejections = validate(graph, kept, reference);
            rejections.addAll(articleRejections);
            rejected += articleRejections.size();
            loaded += kept.size();
            Model union = graph.union(kept);
            dataset.executeWrite(() -> dataset.addGraph(NodeFactory.createURI(graph.graphIri()), union.getGraph()));
        }
        return new BuiltGraph(dataset, new BuildReport(articles.size(), loaded, rejected, List.copyOf(articleErrors),
                List.copyOf(rejections)));
    }

    /**
     * The article as the extractor should read it: a repost copies its original's text, so "on Monday" means the
     * original's Monday, and a rewrite without a date of its own is read in its original's time frame. In both
     * cases relative dates resolve against the original's publication date, when the corpus has it.
     */
    static Article withReferenceDate(Article article, Map<String, Article> byId) {
        Optional<LocalDate> original = article.meta("repost-of").or(() -> article.published().isPresent()
                        ? Optional.empty() : article.meta("rewrite-of"))
                .map(id -> byId.get(id.trim())).flatMap(Article::published);
        if (original.isEmpty() || original.equals(article.published())) {
            return article;
        }
        return new Article(article.id(), article.source(), article.metadata(), article.body(), article.bodyLine(), original,
                article.sentences());
    }

    /** Drops reference resources that violate a shape (a bad row of a reference data file). */
    private void validateReference(Model reference, List<Rejection> rejections) {
        ValidationReport report = validator.validate(reference.getGraph());
        if (report.conforms()) {
            return;
        }
        for (Map.Entry<Node, List<Violation>> entry : byFocus(report).entrySet()) {
            Resource focus = reference.wrapAsResource(entry.getKey());
            Model removed = ModelFactory.createDefaultModel().add(reference.listStatements(focus, null, (RDFNode) null));
            reference.remove(removed);
            rejections.add(new Rejection("reference", focus.toString(), "reference data file", removed, entry.getValue()));
        }
    }

    /**
     * Validates the article's triples and removes from {@code kept} every fact that violates a shape, and from the
     * base every described resource that does; returns what was removed.
     */
    private List<Rejection> validate(ArticleGraph graph, List<FactGraph> kept, Model reference) {
        List<Rejection> out = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Model data = ModelFactory.createUnion(graph.union(kept), reference);
            ValidationReport report = validator.validate(data.getGraph());
            if (report.conforms()) {
                return out;
            }
            Map<Node, List<Violation>> byFocus = byFocus(report);
            Set<FactGraph> dropped = new LinkedHashSet<>();
            Map<FactGraph, List<Violation>> why = new LinkedHashMap<>();
            for (Map.Entry<Node, List<Violation>> entry : byFocus.entrySet()) {
                Resource focus = data.wrapAsResource(entry.getKey());
                boolean owned = false;
                for (FactGraph fact : kept) {
                    if (fact.node().equals(focus) || fact.model().contains(focus, null)) {
                        dropped.add(fact);
                        why.computeIfAbsent(fact, f -> new ArrayList<>()).addAll(entry.getValue());
                        owned = true;
                    }
                }
                if (!owned && graph.base().contains(focus, null)) {
                    Model removed = offending(graph.base(), focus, entry.getKey(), report);
                    graph.base().remove(removed);
                    out.add(new Rejection(graph.article().id(), focus.toString(), graph.article().source().toString(), removed,
                            entry.getValue()));
                } else if (!owned) {
                    throw new IllegalStateException("a shape reports " + focus + ", which no fact or resource of article "
                            + graph.article().id() + " describes: " + entry.getValue().get(0).line());
                }
            }
            for (FactGraph fact : dropped) {
                kept.remove(fact);
                Sentence sentence = fact.match().sentence();
                out.add(new Rejection(graph.article().id(), fact.node().getURI() + " (rule " + fact.match().ruleId() + ")",
                        "sentence " + sentence.index() + ": " + sentence.text(), fact.model(), why.get(fact)));
            }
        }
        throw new IllegalStateException("article " + graph.article().id() + " still violates the shapes after "
                + MAX_ROUNDS + " rounds of removing violating facts");
    }

    /**
     * The base triples to drop for a violation of a described resource: just the offending triple where the report
     * names a property and a value, otherwise everything said about the resource.
     */
    private static Model offending(Model base, Resource focus, Node focusNode, ValidationReport report) {
        Model removed = ModelFactory.createDefaultModel();
        boolean wholeResource = false;
        for (var entry : report.getEntries()) {
            if (!entry.focusNode().equals(focusNode)) {
                continue;
            }
            if (entry.resultPath() instanceof org.apache.jena.sparql.path.P_Link link && entry.value() != null) {
                removed.add(focus, base.createProperty(link.getNode().getURI()), base.asRDFNode(entry.value()));
            } else {
                wholeResource = true;
            }
        }
        if (wholeResource) {
            removed.add(base.listStatements(focus, null, (RDFNode) null));
        }
        return removed;
    }

    private Map<Node, List<Violation>> byFocus(ValidationReport report) {
        Map<Node, List<Violation>> byFocus = new LinkedHashMap<>();
        for (var entry : report.getEntries()) {
            byFocus.computeIfAbsent(entry.focusNode(), n -> new ArrayList<>()).add(validator.violation(entry));
        }
        return byFocus;
    }
}
