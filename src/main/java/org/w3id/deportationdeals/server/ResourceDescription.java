package org.w3id.deportationdeals.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What the server says about one IRI: every triple with it as subject (following blank nodes, so a structured value
 * comes whole) and every triple with it as object, so a client that dereferences a country also learns which facts
 * point at it. This is the "symmetric concise bounded description".
 */
final class ResourceDescription {

    private ResourceDescription() {}

    /** Whether the graph says anything with this node as subject or object. */
    static boolean isKnown(Graph data, Node iri) {
        return data.contains(iri, Node.ANY, Node.ANY) || data.contains(Node.ANY, Node.ANY, iri);
    }

    static Graph of(Graph data, Node iri) {
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        addClosure(data, iri, description);
        data.find(Node.ANY, Node.ANY, iri).forEach(description::add);
        return description;
    }

    /** Adds the triples of {@code start} and, transitively, of the blank nodes they reach. */
    static void addClosure(Graph data, Node start, Graph into) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!seen.add(subject)) {
                continue;
            }
            for (Triple t : data.find(subject, Node.ANY, Node.ANY).toList()) {
                into.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            }
        }
    }
}
