package org.w3id.deportationdeals.extract;

import java.util.List;
import java.util.Map;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * One fact a rule found in a sentence, before it becomes triples.
 *
 * @param ruleId   id of the rule that fired (recorded on the fact's evidence)
 * @param kind     local name of the ontology class of the fact ({@code Payment}, {@code Request}, ...)
 * @param sentence the sentence that states it
 * @param start    body offset where the cited words start
 * @param end      body offset where they end
 * @param roles    ontology property local name ({@code payer}, {@code amount}, ...) to its values: {@link Mention}
 *                 for actors, {@link Quantity}, {@link Money}, {@link DateValue}, a SKOS notation string for
 *                 controlled values ({@code responseKind=agreed}), or a plain {@code String}
 */
public record Match(String ruleId, String kind, Sentence sentence, int start, int end,
                   Map<String, List<Object>> roles) {}
