package org.w3id.deportationdeals.corpus;

import java.util.List;

/**
 * What {@link Corpus#readFolder} found: the articles that could be read and, separately, one error per file that
 * could not, so a single bad file never hides the others.
 *
 * @param articles the articles in file-name order
 * @param errors   the files that could not be read, in file-name order
 */
public record CorpusReading(List<Article> articles, List<ArticleException> errors) {
    public CorpusReading {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
