package org.w3id.deportationdeals.extract;

import java.util.Collection;
import java.util.List;
import org.w3id.deportationdeals.corpus.Article;

/**
 * What the {@link Extractor} found in one article.
 *
 * @param article  the article
 * @param matches  the facts, each with the rule that made it and the sentence that states it
 * @param mentions every entity mention found (countries, agencies, courts, organisations, people), in text order
 * @param people   the people the article introduces, as the person finder learned them
 */
public record Extraction(Article article, List<Match> matches, List<Mention> mentions, Collection<PersonInfo> people) {}
