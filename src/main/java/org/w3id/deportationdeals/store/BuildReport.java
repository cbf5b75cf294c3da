package org.w3id.deportationdeals.store;

import java.util.List;
import org.w3id.deportationdeals.corpus.ArticleException;

/**
 * What a corpus build did.
 *
 * @param articlesRead  articles read and loaded
 * @param factsLoaded   facts that conform and were kept
 * @param factsRejected facts (and described resources) that violate a shape and went to the rejects file
 * @param articleErrors articles that could not be read at all
 * @param rejections    the rejected triples with their reports
 */
public record BuildReport(int articlesRead, int factsLoaded, int factsRejected, List<ArticleException> articleErrors,
                          List<Rejection> rejections) {

    /** One line for the terminal. */
    public String summary() {
        return "%d articles read, %d unreadable; %d facts loaded, %d rejected".formatted(
                articlesRead, articleErrors.size(), factsLoaded, factsRejected);
    }
}
