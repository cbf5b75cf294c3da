package org.w3id.deportationdeals.server;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.deportationdeals.vocab.DD;

/**
 * The VoID description of the dataset (https://www.w3.org/TR/void/): sizes, the classes and properties it uses,
 * its named graphs as subsets, its link set to Wikidata, where to query it and what it was extracted from. Counted
 * from the data on each request, so it never goes stale after a rebuild.
 */
final class VoidDescription {

    /** The VoID document's IRI; the dataset and its link set are fragments of it. */
    static final String DOCUMENT = DD.BASE + "void";
    static final String DATASET = DOCUMENT + "#dataset";
    static final String WIKIDATA_LINKS = DOCUMENT + "#wikidata-links";
    static final String WIKIDATA = DOCUMENT + "#wikidata";

    private static final String VOID = ServiceDescription.VOID;
    /** The classes whose first instance is offered as an example resource, in this order. */
    private static final List<Node> EXAMPLE_CLASSES = List.of(DD.Country.asNode(), DD.Payment.asNode(),
            DD.DiplomaticCable.asNode(), DD.CourtRuling.asNode(), DD.Article.asNode());

    private VoidDescription() {}

    /** Counts over the union graph, gathered in one pass. */
    record Statistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                      Map<Node, Set<Node>> instancesByClass, Map<Node, Long> triplesByProperty, long wikidataLinks) {

        static Statistics of(Graph union) {
            long triples = 0, wikidataLinks = 0;
            Set<Node> subjects = new HashSet<>(), objects = new HashSet<>(), entities = new HashSet<>();
            Map<Node, Set<Node>> byClass = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
            Map<Node, Long> byProperty = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
            for (Triple t : union.find().toList()) {
                triples++;
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DD.ID)) {
                    entities.add(t.getSubject());
                }
                byProperty.merge(t.getPredicate(), 1L, Long::sum);
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    byClass.computeIfAbsent(t.getObject(), c -> new TreeSet<>((a, b) -> a.toString().compareTo(b.toString())))
                            .add(t.getSubject());
                }
                if (t.getPredicate().equals(OWL.sameAs.asNode()) && t.getObject().isURI()
                        && t.getObject().getURI().startsWith(DD.WIKIDATA)) {
                    wikidataLinks++;
                }
            }
            return new Statistics(triples, entities.size(), subjects.size(), objects.size(), byClass, byProperty,
                    wikidataLinks);
        }

        long instances(Node type) {
            Set<Node> instances = instancesByClass.get(type);
            return instances == null ? 0 : instances.size();
        }
    }

    /** Only valid inside a read transaction on {@code dataset}. */
    static Graph of(String serverBase, DatasetGraph dataset, Optional<String> license) {
        Graph union = KnowledgeGraph.union(dataset);
        Statistics stats = Statistics.of(union);
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        Node ds = uri(DATASET);
        g.add(ds, RDF.type.asNode(), voidTerm("Dataset"));
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Deportation deals knowledge graph", "en"));
        g.add(ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Facts about the 2025 U.S. campaign to"
                + " send deportees to third countries (requests, responses, payments, cables, court rulings,"
                + " transfers), each traced to the sentence of the news article that states it.", "en"));
        license.ifPresent(l -> g.add(ds, DCTerms.license.asNode(), uri(l)));
        g.add(ds, voidTerm("sparqlEndpoint"), uri(serverBase + "kg/sparql"));
        g.add(ds, voidTerm("uriSpace"), NodeFactory.createLiteralString(DD.ID));
        g.add(ds, voidTerm("vocabulary"), uri(DD.NS));
        g.add(ds, voidTerm("feature"), uri(ServiceDescription.FORMATS + "Turtle"));
        g.add(ds, voidTerm("triples"), ServiceDescription.count(stats.triples()));
        g.add(ds, voidTerm("entities"), ServiceDescription.count(stats.entities()));
        g.add(ds, voidTerm("distinctSubjects"), ServiceDescription.count(stats.distinctSubjects()));
        g.add(ds, voidTerm("distinctObjects"), ServiceDescription.count(stats.distinctObjects()));
        g.add(ds, voidTerm("properties"), ServiceDescription.count(stats.triplesByProperty().size()));
        g.add(ds, voidTerm("classes"), ServiceDescription.count(stats.instancesByClass().size()));
        for (Node type : EXAMPLE_CLASSES) {
            Set<Node> instances = stats.instancesByClass().get(type);
            if (instances != null) {
                instances.stream().filter(Node::isURI).findFirst().ifPresent(e -> g.add(ds, voidTerm("exampleResource"), e));
            }
        }
        Set<Node> articles = stats.instancesByClass().get(DD.Article.asNode());
        if (articles != null) {
            articles.forEach(a -> g.add(ds, DCTerms.source.asNode(), a));
        }

        stats.instancesByClass().forEach((type, instances) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(ds, voidTerm("classPartition"), partition);
            g.add(partition, voidTerm("class"), type);
            g.add(partition, voidTerm("entities"), ServiceDescription.count(instances.size()));
        });
        stats.triplesByProperty().forEach((property, count) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(ds, voidTerm("propertyPartition"), partition);
            g.add(partition, voidTerm("property"), property);
            g.add(partition, voidTerm("triples"), ServiceDescription.count(count));
        });
        for (Node name : KnowledgeGraph.graphNames(dataset)) {
            g.add(ds, voidTerm("subset"), name);
            g.add(name, RDF.type.asNode(), voidTerm("Dataset"));
            g.add(name, voidTerm("triples"), ServiceDescription.count(dataset.getGraph(name).size()));
            g.add(name, uri(ServiceDescription.SD + "name"), name);
        }

        Node linkset = uri(WIKIDATA_LINKS);
        Node wikidata = uri(WIKIDATA);
        g.add(ds, voidTerm("subset"), linkset);
        g.add(linkset, RDF.type.asNode(), voidTerm("Linkset"));
        g.add(linkset, voidTerm("subjectsTarget"), ds);
        g.add(linkset, voidTerm("objectsTarget"), wikidata);
        g.add(linkset, voidTerm("linkPredicate"), OWL.sameAs.asNode());
        g.add(linkset, voidTerm("triples"), ServiceDescription.count(stats.wikidataLinks()));
        g.add(wikidata, RDF.type.asNode(), voidTerm("Dataset"));
        g.add(wikidata, DCTerms.title.asNode(), NodeFactory.createLiteralString("Wikidata"));
        g.add(wikidata, uri("http://xmlns.com/foaf/0.1/homepage"), uri("https://www.wikidata.org/"));
        g.add(wikidata, voidTerm("uriSpace"), NodeFactory.createLiteralString(DD.WIKIDATA));
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}
