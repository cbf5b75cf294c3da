package org.w3id.deportationdeals.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One extraction rule as read from a {@code .rules} file, its patterns already expanded and compiled.
 *
 * @param id       unique id, recorded on every fact the rule makes
 * @param kind     ontology class local name of the facts it makes
 * @param patterns compiled alternatives over the tagged sentence; named groups bind roles
 * @param fixed    roles with fixed string values ({@code set: responseKind=agreed})
 * @param each     role whose values each make a Match of their own, or null
 * @param fill     roles taken from the context when no group bound them ({@code date}: first date of the
 *                 sentence; a PERSON role: the person named last, at most two sentences back; any other role: the
 *                 most recently mentioned foreign country)
 * @param require  roles without which the rule makes no fact (a quotation standing alone whose speaker the
 *                 context does not give)
 * @param awaits   required roles a later sentence may give: a match lacking only these makes no fact but is put in
 *                 focus, for a rule with {@code focus:} to complete ("roughly $4 million ... It is to go to Sierra
 *                 Leone")
 * @param focus    the kind of the fact in focus this rule adds to, then the roles it inherits from it
 *                 (default {@code date issuedBy}): "It listed ..." takes the date of the cable in focus; null
 *                 when the rule stands alone; {@code from>to} carries role {@code from} of the fact in focus (which
 *                 may be of another kind) as this fact's role {@code to}, over a {@code set:} default
 *                 ({@code focus: DiplomaticCable issuedBy>asker}: the cable's issuer asks)
 * @param scope    "paragraph" when the fact in focus must be in the same paragraph (a quotation that continues the
 *                 one before it), "previous" when it must be in the sentence right before ("he said"), "sentence"
 *                 when in the same sentence (", most of them from Eritrea"), or null
 * @param needs    a pattern the tagged sentence must contain before the rule's patterns run (a cheap test that
 *                 keeps the build fast: "despite", "<COURT:"), or null
 * @param recap    why the rule's facts restate earlier ones (a running total, a background list), or null: such a
 *                 fact never becomes the fact in focus, so the next sentence still goes on about the group reported
 * @param examples sentences the rule must match, each optionally preceded by context sentences
 * @param disabled why the rule is switched off, or null
 * @param origin   file and line, for messages
 */
record Rule(String id, String kind, List<Pattern> patterns, Map<String, String> fixed, String each,
            List<String> fill, List<String> require, List<String> awaits, String focus, String scope, Pattern needs, String recap,
            List<Example> examples, String disabled, String origin) {

    /** An example sentence and the sentences that precede it in its made-up article. */
    record Example(List<String> context, String sentence) {}
}
