package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the VoID description at {@code /.well-known/void} (RFC 5785 / VoID §7) and at its own IRI's path. */
final class VoidServlet extends HttpServlet {

    private final transient KnowledgeGraph graph;
    private final String license;

    VoidServlet(KnowledgeGraph graph, String license) {
        this.graph = graph;
        this.license = license;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = ServerBase.of(request);
        var description = graph.readDataset(ds -> VoidDescription.of(base, ds, Optional.ofNullable(license)));
        DescriptionResponse.answer(request, response, "VoID description of the knowledge graph",
                "Sizes, classes, properties, named graphs and links of the dataset, in the VoID vocabulary.", description);
    }
}
