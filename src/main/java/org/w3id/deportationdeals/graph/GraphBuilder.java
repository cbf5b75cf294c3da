package org.w3id.deportationdeals.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.Sentence;
import org.w3id.deportationdeals.extract.Country;
import org.w3id.deportationdeals.extract.DateValue;
import org.w3id.deportationdeals.extract.EntityType;
import org.w3id.deportationdeals.extract.Extraction;
import org.w3id.deportationdeals.extract.Gazetteer;
import org.w3id.deportationdeals.extract.Match;
import org.w3id.deportationdeals.extract.Mention;
import org.w3id.deportationdeals.extract.Money;
import org.w3id.deportationdeals.extract.NamedEntity;
import org.w3id.deportationdeals.extract.PersonInfo;
import org.w3id.deportationdeals.extract.Quantity;
import org.w3id.deportationdeals.vocab.DD;
import org.w3id.deportationdeals.vocab.NIF;

/**
 * Writes an article's extraction as RDF: the article and its sentences, the actors it names, and one
 * {@link FactGraph} per match, each fact pointing at its evidence.
 *
 * <pre>{@code
 * GraphBuilder builder = GraphBuilder.create(gazetteer);
 * Model reference = builder.referenceModel();          // countries, ISO codes, Wikidata links
 * ArticleGraph graph = builder.build(extractor.extract(article));
 * }</pre>
 */
public final class GraphBuilder {
    private static final Property SCHEMA_NAME = ResourceFactory.createProperty("https://schema.org/name");
    private static final Property SCHEMA_AUTHOR = ResourceFactory.createProperty("https://schema.org/author");
    private static final Property SCHEMA_URL = ResourceFactory.createProperty("https://schema.org/url");
    private static final Map<String, Resource> CONCEPTS = Map.of(
            "agreed", DD.Agreed, "declined", DD.Declined, "considering", DD.Considering,
            "allowed", DD.Allowed, "blocked", DD.Blocked,
            "cable", DD.CableChannel, "meeting", DD.MeetingChannel, "memo", DD.MemoChannel, "note", DD.NoteChannel);
    /** Front-matter {@code role} values and the concepts of {@code dd:articleRelations} they stand for. */
    private static final Map<String, Resource> ARTICLE_ROLES = Map.of(
            "full-report", DD.OriginalReport, "repost", DD.Repost, "rewrite", DD.Rewrite, "preview", DD.Preview);
    /** Kinds that are documents: their date is when they were issued ({@code dcterms:issued}), as for articles. */
    private static final java.util.Set<String> DOCUMENT_KINDS = java.util.Set.of("DiplomaticCable", "Memo", "DiplomaticNote");
    /** Front-matter keys that link an article to another article of the corpus. */
    private static final Map<String, Property> RELATIONS = Map.of(
            "repost-of", DD.repostOf, "rewrite-of", DD.rewriteOf, "preview-of", DD.previewOf);

    private final Gazetteer gazetteer;
    private final FactKeys keys;

    private GraphBuilder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.keys = FactKeys.bundled();
    }

    public static GraphBuilder create(Gazetteer gazetteer) {
        return new GraphBuilder(gazetteer);
    }

    /** Every country the gazetteer knows, with its name, other names, ISO code and Wikidata item. */
    public Model referenceModel() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.MAP);
        for (Country country : gazetteer.countries()) {
            Resource node = model.createResource(DD.country(country.iso2()), DD.Country);
            node.addProperty(RDFS.label, country.name(), "en");
            node.addProperty(SKOS.prefLabel, country.name(), "en");
            country.names().stream().filter(n -> !n.equals(country.name()))
                    .forEach(n -> node.addProperty(SKOS.altLabel, n, "en"));
            node.addProperty(DD.iso2, country.iso2());
            if (country.wikidata() != null && !country.wikidata().isBlank()) {
                node.addProperty(OWL.sameAs, model.createResource(DD.WIKIDATA + country.wikidata()));
            }
        }
        return model;
    }

    /** The article's triples, its facts kept apart so that validation can reject one fact and keep the rest. */
    public ArticleGraph build(Extraction extraction) {
        Article article = extraction.article();
        Model base = ModelFactory.createDefaultModel();
        base.setNsPrefixes(Prefixes.MAP);
        describeArticle(base, article);
        extraction.mentions().forEach(m -> describeEntity(base, m.type(), m.key(), m.surface()));
        extraction.people().forEach(p -> describePerson(base, p));
        List<FactGraph> facts = new ArrayList<>();
        for (Match match : extraction.matches()) {
            facts.add(buildFact(article, match));
        }
        return new ArticleGraph(article, base, facts);
    }

    private void describeArticle(Model model, Article article) {
        Resource node = model.createResource(DD.article(article.id()), DD.Article);
        node.addProperty(RDF.type, NIF.Context);
        node.addProperty(DCTerms.identifier, article.id());
        article.title().ifPresent(t -> node.addProperty(DCTerms.title, t));
        article.publisher().ifPresent(p -> node.addProperty(DD.publisher, p));
        article.author().ifPresent(a -> node.addProperty(SCHEMA_AUTHOR, a));
        article.url().ifPresent(u -> node.addProperty(SCHEMA_URL, model.createResource(u)));
        article.published().ifPresent(d -> node.addProperty(DCTerms.issued, d.toString(), XSDDatatype.XSDdate));
        article.meta("role").map(ARTICLE_ROLES::get).ifPresent(r -> node.addProperty(DD.articleRole, r));
        // The related article is typed here too, so that this article's graph validates on its own.
        RELATIONS.forEach((key, property) -> article.meta(key)
                .ifPresent(other -> node.addProperty(property, model.createResource(DD.article(other.trim()), DD.Article))));
        for (Sentence sentence : article.sentences()) {
            Resource s = model.createResource(DD.sentence(article.id(), sentence.index()), DD.Sentence);
            s.addLiteral(DD.sentenceIndex, model.createTypedLiteral(String.valueOf(sentence.index()), XSDDatatype.XSDinteger));
            s.addLiteral(NIF.beginIndex, nonNegative(model, sentence.start()));
            s.addLiteral(NIF.endIndex, nonNegative(model, sentence.end()));
            s.addProperty(NIF.anchorOf, sentence.text());
            s.addProperty(NIF.referenceContext, node);
        }
    }

    private void describeEntity(Model model, EntityType type, String key, String surface) {
        if (type == EntityType.COUNTRY || type == EntityType.PLACE || type == EntityType.PERSON) {
            return; // countries (and the places in them) live in the reference graph; people are described from what
                    // the finder learned
        }
        Resource node = model.createResource(IriMinter.entity(type, key), switch (type) {
            case AGENCY -> DD.GovernmentAgency;
            case COURT -> DD.Court;
            default -> DD.Organisation;
        });
        Optional<NamedEntity> known = gazetteer.entity(type, key);
        node.addProperty(RDFS.label, known.map(NamedEntity::name).orElse(surface), "en");
        known.map(NamedEntity::countryIso2).filter(c -> c != null && !c.isBlank())
                .ifPresent(c -> node.addProperty(DD.agencyOf, model.createResource(DD.country(c))));
        known.map(NamedEntity::wikidata).filter(q -> q != null && !q.isBlank())
                .ifPresent(q -> node.addProperty(OWL.sameAs, model.createResource(DD.WIKIDATA + q)));
    }

    private void describePerson(Model model, PersonInfo person) {
        Resource node = model.createResource(IriMinter.entity(EntityType.PERSON, person.key()), DD.Person);
        node.addProperty(RDFS.label, person.name(), "en");
        node.addProperty(SCHEMA_NAME, person.name());
        if (person.role() != null && !person.role().isBlank()) {
            node.addProperty(DD.role, person.role());
        }
        if (person.affiliationIso2() != null && !person.affiliationIso2().isBlank()) {
            node.addProperty(DD.affiliation, model.createResource(DD.country(person.affiliationIso2())));
        }
        String body = person.affiliationAgencyKey();
        if (body != null && !body.isBlank()) {
            // The finder's key names an agency or an organisation ("dhs", "hias"): describe whichever it is.
            EntityType type = gazetteer.entity(EntityType.AGENCY, body).isPresent()
                    || gazetteer.entity(EntityType.ORGANISATION, body).isEmpty()
                    ? EntityType.AGENCY : EntityType.ORGANISATION;
            describeEntity(model, type, body, body);
            node.addProperty(DD.affiliation, model.createResource(IriMinter.entity(type, body)));
        }
    }

    private FactGraph buildFact(Article article, Match match) {
        Model model = ModelFactory.createDefaultModel();
        Resource fact = model.createResource(keys.iri(article.id(), match), DD.resource(match.kind()));
        String dateText = null;
        boolean document = DOCUMENT_KINDS.contains(match.kind());
        for (Map.Entry<String, List<Object>> role : match.roles().entrySet()) {
            Property property = document && role.getKey().equals("date") ? DCTerms.issued : DD.property(role.getKey());
            for (Object value : role.getValue()) {
                addValue(model, fact, property, value);
                if (value instanceof DateValue date && date.text() != null) {
                    dateText = date.text();
                }
            }
        }
        Sentence sentence = match.sentence();
        Resource evidence = model.createResource(
                IriMinter.evidence(article.id(), sentence.index(), fact.getURI(), match.ruleId(), match.start()), DD.Evidence);
        evidence.addProperty(DD.inArticle, model.createResource(DD.article(article.id())));
        evidence.addProperty(DD.inSentence, model.createResource(DD.sentence(article.id(), sentence.index())));
        evidence.addLiteral(NIF.beginIndex, nonNegative(model, match.start()));
        evidence.addLiteral(NIF.endIndex, nonNegative(model, match.end()));
        evidence.addProperty(DD.citedText, article.body().substring(match.start(), match.end()));
        evidence.addProperty(DD.extractedBy, match.ruleId());
        if (dateText != null) {
            evidence.addProperty(DD.dateText, dateText);
        }
        fact.addProperty(DD.evidence, evidence);
        return new FactGraph(match, fact, model, keys.undatedIri(article.id(), match));
    }

    private void addValue(Model model, Resource fact, Property property, Object value) {
        if (value instanceof Mention mention) {
            fact.addProperty(property, model.createResource(IriMinter.entity(mention.type(), mention.key())));
        } else if (value instanceof Quantity quantity) {
            fact.addLiteral(property, number(model, quantity.value()));
            if (quantity.qualifier() != null) {
                fact.addProperty(DD.quantityQualifier, quantity.qualifier());
            }
        } else if (value instanceof Money money) {
            fact.addLiteral(DD.amount, decimal(model, money.amount()));
            fact.addProperty(DD.currency, money.currency());
            if (money.qualifier() != null) {
                fact.addProperty(DD.quantityQualifier, money.qualifier());
            }
        } else if (value instanceof DateValue date) {
            fact.addLiteral(property, model.createTypedLiteral(date.lexical(), datatype(date.precision())));
            if (date.qualifier() != null && (property.equals(DD.date) || property.equals(DCTerms.issued))) {
                fact.addProperty(DD.dateQualifier, date.qualifier());
            }
        } else if (value instanceof String text) {
            Resource concept = CONCEPTS.get(text);
            boolean controlled = property.equals(DD.responseKind) || property.equals(DD.outcome) || property.equals(DD.channel);
            if (controlled && concept == null) {
                throw new IllegalArgumentException("role " + property.getLocalName() + " takes a SKOS notation, not \"" + text + "\"");
            }
            fact.addProperty(property, controlled ? concept : model.createLiteral(text));
        } else {
            throw new IllegalArgumentException("role " + property.getLocalName() + " has a value of unknown type "
                    + value.getClass().getSimpleName());
        }
    }

    /** Whether the text is the notation of a SKOS concept the graph writes as an IRI ("agreed", "cable"). */
    static boolean isConcept(String text) {
        return CONCEPTS.containsKey(text);
    }

    private static RDFDatatype datatype(DateValue.Precision precision) {
        return switch (precision) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
    }

    private static Literal number(Model model, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0
                ? model.createTypedLiteral(stripped.toBigIntegerExact().toString(), XSDDatatype.XSDinteger)
                : decimal(model, stripped);
    }

    /**
     * An xsd:decimal in canonical form ("100000.0", "2.5"). TDB2 stores decimals by value and returns the canonical
     * form, so a non-canonical lexical form could never be matched, and so never deleted, once stored.
     */
    private static Literal decimal(Model model, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String lexical = stripped.scale() <= 0 ? stripped.toBigIntegerExact() + ".0" : stripped.toPlainString();
        return model.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
    }

    private static Literal nonNegative(Model model, int value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
