package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.deportationdeals.vocab.DD;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page at {@code /}: what the graph holds and how big it is, how to query it, links to the query page, the
 * ontology, VoID and the service description, and the main entities: the answers of the example queries named in
 * {@link #SECTIONS} (countries with their status, payments, cables, court rulings), run as the endpoint would run
 * them, each cell linked to the resource's page.
 */
final class LandingPage extends HttpServlet {

    /** Example queries shown as tables, in this order, when {@code queries/} has them. */
    static final List<String> SECTIONS = List.of("countries-status", "payments", "cables", "court-rulings");
    /** Rows shown per table; the query page runs the full query. */
    static final int MAX_ROWS = 200;
    private static final List<Node> COUNTED_CLASSES = List.of(DD.Article.asNode(), DD.Country.asNode(),
            DD.Request.asNode(), DD.Response.asNode(), DD.Payment.asNode(), DD.DiplomaticCable.asNode(),
            DD.CourtRuling.asNode(), DD.Transfer.asNode(), DD.Quote.asNode(), DD.Evidence.asNode());

    private final transient KnowledgeGraph graph;
    private final transient QueryExamples examples;
    private final Duration queryTimeout;

    LandingPage(KnowledgeGraph graph, QueryExamples examples, Duration queryTimeout) {
        this.graph = graph;
        this.examples = examples;
        this.queryTimeout = queryTimeout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = ServerBase.of(request);
        Html html = new Html("Deportation deals knowledge graph");
        html.element("h1", "Deportation deals knowledge graph");
        html.raw("<p>").text("Facts about the 2025 U.S. campaign to make other countries take deportees who are not"
                + " their citizens: who was asked, who agreed or refused and on what terms, diplomatic cables,"
                + " payments, court rulings, transfers and quotes. Every fact links to the sentence of the news"
                + " article that states it.").raw("</p>");

        VoidDescription.Statistics stats = graph.read(VoidDescription.Statistics::of);
        long graphs = graph.readDataset(ds -> (long) KnowledgeGraph.graphNames(ds).size());
        html.element("h2", "What it holds");
        html.raw("<table><tr><th>Triples</th><td class=\"count\">").text(Long.toString(stats.triples()))
                .raw("</td></tr><tr><th>Resources</th><td class=\"count\">").text(Long.toString(stats.entities()))
                .raw("</td></tr><tr><th>Named graphs</th><td class=\"count\">").text(Long.toString(graphs))
                .raw("</td></tr>");
        graph.read(union -> {
            for (Node type : COUNTED_CLASSES) {
                html.raw("<tr><th>").link(type.getURI(), Labels.label(union, type))
                        .raw("</th><td class=\"count\">").text(Long.toString(stats.instances(type))).raw("</td></tr>");
            }
            return null;
        });
        html.raw("</table>");

        html.element("h2", "Explore and query");
        html.raw("<ul><li><a href=\"/query.html\">Query page</a> (YASGUI, with the example queries)</li>")
                .raw("<li><a href=\"/deportation-deals/ontology\">Ontology documentation</a></li>")
                .raw("<li><a href=\"/.well-known/void\">VoID description</a> of the dataset</li>")
                .raw("<li><a href=\"/kg/sparql\">SPARQL service description</a></li></ul>");
        html.raw("<p>").text("The SPARQL endpoint is " + base + "kg/sparql (read-only). From a shell:").raw("</p><pre>")
                .text("curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?country ?name WHERE { ?country a <"
                        + DD.Country.getURI() + "> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }' "
                        + base + "kg/sparql\n")
                .text("curl -H 'Accept: text/turtle' " + base + "deportation-deals/id/country/RW\n")
                .text("curl -H 'Accept: text/turtle' " + base + ".well-known/void")
                .raw("</pre>");

        for (String name : SECTIONS) {
            examples.list().stream().filter(e -> e.name().equals(name)).findFirst()
                    .ifPresent(example -> section(example, html));
        }
        Representation.writeHtml(html.finish(), response);
    }

    private void section(QueryExamples.Example example, Html html) {
        html.element("h2", title(example.name()));
        html.raw("<p>").text(example.question()).raw("</p>");
        Query query = QueryFactory.create(example.query());
        if (!query.isSelectType()) {
            return;
        }
        DatasetGraph dataset = graph.dataset();
        Txn.executeRead(dataset, () -> {
            Graph union = KnowledgeGraph.union(dataset);
            try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query)
                    .timeout(queryTimeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                List<Var> vars = rows.getResultVars();
                html.raw("<table><tr>");
                for (Var v : vars) {
                    html.element("th", v.getVarName());
                }
                html.raw("</tr>\n");
                int shown = 0;
                while (rows.hasNext() && shown++ < MAX_ROWS) {
                    Binding row = rows.next();
                    html.raw("<tr>");
                    for (Var v : vars) {
                        html.raw("<td>");
                        Node value = row.get(v);
                        if (value != null) {
                            ResourcePage.value(union, value, html, 3);
                        }
                        html.raw("</td>");
                    }
                    html.raw("</tr>\n");
                }
                html.raw("</table>");
            }
        });
    }

    private static String title(String name) {
        String words = name.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
