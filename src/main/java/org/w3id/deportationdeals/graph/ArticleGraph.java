package org.w3id.deportationdeals.graph;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.vocab.DD;

/**
 * What one article contributes to the graph, before validation.
 *
 * @param article the article
 * @param base    the article's description, its sentences and the people, agencies, courts and organisations it names
 * @param facts   one fact graph per match
 */
public record ArticleGraph(Article article, Model base, List<FactGraph> facts) {

    /** IRI of the named graph the article's triples go into. */
    public String graphIri() {
        return DD.articleGraph(article.id());
    }

    /** The base and the given facts together. */
    public Model union(List<FactGraph> kept) {
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefixes(Prefixes.MAP);
        all.add(base);
        kept.forEach(f -> all.add(f.model()));
        return all;
    }
}
