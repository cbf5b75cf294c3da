package org.w3id.deportationdeals.server;

import java.util.Optional;

import org.w3id.deportationdeals.vocab.DD;

/**
 * Where the IRIs of the knowledge graph live on this server: an IRI {@code https://w3id.org/deportation-deals/X} is
 * answered at the path {@code /deportation-deals/X}. Keeping the IRI's path as the server path is what lets a w3id
 * redirect that only swaps the host ({@code https://w3id.org/deportation-deals/X} to
 * {@code https://deployment/deportation-deals/X}) reach the right page without a rewrite table.
 */
final class Namespace {

    /** The path under which every IRI of {@link DD#BASE} is served, with its trailing slash. */
    static final String PATH = "/deportation-deals/";

    private Namespace() {}

    static boolean contains(String iri) {
        return iri != null && iri.startsWith(DD.BASE);
    }

    /**
     * The server-relative link for an IRI of our namespace (fragment kept, so ontology terms land on their anchor);
     * other IRIs are returned unchanged.
     */
    static String link(String iri) {
        return contains(iri) ? PATH + iri.substring(DD.BASE.length()) : iri;
    }

    /** The IRI a request path names, if the path lies under {@link #PATH}. */
    static Optional<String> iriOf(String path) {
        if (path == null || !path.startsWith(PATH)) {
            return Optional.empty();
        }
        return Optional.of(DD.BASE + path.substring(PATH.length()));
    }
}
