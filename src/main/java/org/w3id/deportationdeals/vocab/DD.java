package org.w3id.deportationdeals.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the deportation-deals ontology ({@code ontology/deportation-deals.ttl}), one constant per term,
 * named exactly like the term, plus the IRI bases under which instances and graphs are minted.
 *
 * <pre>{@code
 * model.add(payment, RDF.type, DD.Payment);
 * model.add(payment, DD.payee, model.createResource(DD.country("RW")));
 * }</pre>
 */
public final class DD {
    private DD() {}

    /** Base of everything the project mints. */
    public static final String BASE = "https://w3id.org/deportation-deals/";
    /** The ontology IRI (also the document the terms are defined in). */
    public static final String ONTOLOGY = BASE + "ontology";
    /** Namespace of ontology terms. */
    public static final String NS = ONTOLOGY + "#";
    /** Namespace of instance IRIs (countries, facts, articles, sentences...). */
    public static final String ID = BASE + "id/";
    /** Namespace of named-graph IRIs. */
    public static final String GRAPH = BASE + "graph/";
    /** Named graph holding the ontology. */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** Named graph holding reference data (countries, agencies, courts with their codes and links). */
    public static final String REFERENCE_GRAPH = GRAPH + "reference";
    /** Prefix of the named graph of one article: {@code GRAPH_ARTICLE + articleId}. */
    public static final String GRAPH_ARTICLE = GRAPH + "article/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static String getURI() { return NS; }

    public static String country(String iso2) { return ID + "country/" + iso2; }
    public static String article(String articleId) { return ID + "article/" + articleId; }
    public static String sentence(String articleId, int index) { return article(articleId) + "/sentence/" + index; }
    public static String articleGraph(String articleId) { return GRAPH_ARTICLE + articleId; }

    /** The class or concept with this local name in our namespace (for names read from rule files). */
    public static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    /** The property with this local name in our namespace (for role names read from rule files). */
    public static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    // ---- Actors
    public static final Resource Actor = resource("Actor");
    public static final Resource Country = resource("Country");
    public static final Resource GovernmentAgency = resource("GovernmentAgency");
    public static final Resource Court = resource("Court");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");

    // ---- Documents and text
    public static final Resource Document = resource("Document");
    public static final Resource Article = resource("Article");
    public static final Resource DiplomaticCable = resource("DiplomaticCable");
    public static final Resource Memo = resource("Memo");
    public static final Resource DiplomaticNote = resource("DiplomaticNote");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Evidence = resource("Evidence");

    // ---- Facts
    public static final Resource Fact = resource("Fact");
    public static final Resource Request = resource("Request");
    public static final Resource Response = resource("Response");
    public static final Resource Payment = resource("Payment");
    public static final Resource CourtRuling = resource("CourtRuling");
    public static final Resource Transfer = resource("Transfer");
    public static final Resource Quote = resource("Quote");
    public static final Resource Leverage = resource("Leverage");
    public static final Resource ContextFinding = resource("ContextFinding");

    // ---- Controlled values (SKOS concepts and their schemes)
    public static final Resource ResponseKind = resource("ResponseKind");
    public static final Resource responseKinds = resource("responseKinds");
    public static final Resource Agreed = resource("Agreed");
    public static final Resource Declined = resource("Declined");
    public static final Resource Considering = resource("Considering");
    public static final Resource RulingOutcome = resource("RulingOutcome");
    public static final Resource rulingOutcomes = resource("rulingOutcomes");
    public static final Resource Allowed = resource("Allowed");
    public static final Resource Blocked = resource("Blocked");
    public static final Resource Channel = resource("Channel");
    public static final Resource channels = resource("channels");
    public static final Resource CableChannel = resource("CableChannel");
    public static final Resource MeetingChannel = resource("MeetingChannel");
    public static final Resource MemoChannel = resource("MemoChannel");
    public static final Resource NoteChannel = resource("NoteChannel");
    public static final Resource ArticleRelation = resource("ArticleRelation");
    public static final Resource articleRelations = resource("articleRelations");
    public static final Resource OriginalReport = resource("OriginalReport");
    public static final Resource Repost = resource("Repost");
    public static final Resource Rewrite = resource("Rewrite");
    public static final Resource Preview = resource("Preview");

    // ---- Actor properties
    public static final Property iso2 = property("iso2");
    public static final Property role = property("role");
    public static final Property affiliation = property("affiliation");
    public static final Property agencyOf = property("agencyOf");

    // ---- Document properties
    public static final Property issuedBy = property("issuedBy");
    public static final Property mentionsCountry = property("mentionsCountry");
    public static final Property quotedText = property("quotedText");
    public static final Property publisher = property("publisher");
    public static final Property repostOf = property("repostOf");
    public static final Property rewriteOf = property("rewriteOf");
    public static final Property previewOf = property("previewOf");
    public static final Property articleRole = property("articleRole");
    public static final Property sentenceIndex = property("sentenceIndex");

    // ---- Evidence properties
    public static final Property evidence = property("evidence");
    public static final Property inArticle = property("inArticle");
    public static final Property inSentence = property("inSentence");
    public static final Property citedText = property("citedText");
    public static final Property extractedBy = property("extractedBy");
    public static final Property dateText = property("dateText");

    // ---- Fact properties
    public static final Property date = property("date");
    public static final Property dateQualifier = property("dateQualifier");
    public static final Property asker = property("asker");
    public static final Property askee = property("askee");
    public static final Property channel = property("channel");
    public static final Property viaDocument = property("viaDocument");
    public static final Property deadline = property("deadline");
    public static final Property respondent = property("respondent");
    public static final Property responseKind = property("responseKind");
    public static final Property maxPeople = property("maxPeople");
    public static final Property condition = property("condition");
    public static final Property preference = property("preference");
    public static final Property wantsInReturn = property("wantsInReturn");
    public static final Property spokesperson = property("spokesperson");
    public static final Property payer = property("payer");
    public static final Property payee = property("payee");
    public static final Property amount = property("amount");
    public static final Property currency = property("currency");
    public static final Property quantityQualifier = property("quantityQualifier");
    public static final Property purpose = property("purpose");
    public static final Property court = property("court");
    public static final Property outcome = property("outcome");
    public static final Property subject = property("subject");
    public static final Property sender = property("sender");
    public static final Property destination = property("destination");
    public static final Property numberOfPeople = property("numberOfPeople");
    public static final Property nationality = property("nationality");
    public static final Property via = property("via");
    public static final Property fate = property("fate");
    public static final Property speaker = property("speaker");
    public static final Property words = property("words");
    public static final Property setting = property("setting");
    public static final Property target = property("target");
    public static final Property description = property("description");
    public static final Property concernsCountry = property("concernsCountry");
}
