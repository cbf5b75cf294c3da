package org.w3id.deportationdeals.server;

import static org.w3id.deportationdeals.server.ValidationServlet.string;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.w3id.deportationdeals.store.Curation;
import org.w3id.deportationdeals.store.CurationException;
import org.w3id.deportationdeals.store.CurationRecord;
import org.w3id.deportationdeals.store.Quarantined;
import org.w3id.deportationdeals.store.Review;
import org.w3id.deportationdeals.store.Submission;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The curator's HTTP surface, every request authenticated ({@link CuratorCredentials}; 401 otherwise):
 * <ul>
 *   <li>{@code POST /kg/staging}: a submission, Turtle/TriG/N-Triples/N-Quads/JSON-LD/RDF-XML by Content-Type, or an
 *       article ({@code text/plain} or {@code text/markdown}, with front matter; {@code ?name=ID} names it): 201 with
 *       its id and {@code Location}; 400 (unreadable) or 422 (violates the shapes) with the report, the submission
 *       then kept in the quarantine; 413 over the size limit;</li>
 *   <li>{@code GET /kg/staging}: the submissions and the quarantine; {@code GET /kg/staging/ID}: its review;</li>
 *   <li>{@code POST /kg/staging/ID/publish}, {@code …/unpublish}, {@code …/reject} (with {@code reason}).</li>
 * </ul>
 * Answers are JSON; errors say in words what was wrong (404 unknown submission, 409 wrong state). A request with an
 * {@code Origin} other than this server's is refused (403), so a web page cannot use a curator's browser-cached
 * credentials.
 */
final class StagingServlet extends HttpServlet {
    static final String PATH = KgServer.DATASET + "/staging";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

    private final transient Curation curation;
    private final transient CuratorCredentials credentials;

    StagingServlet(Curation curation, CuratorCredentials credentials) {
        this.curation = curation;
        this.credentials = credentials;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !(origin + "/").equals(ServerBase.of(request))) {
            // A browser sends cached Basic credentials with a page's cross-site form or fetch: refuse, or any site
            // a curator visits could stage or publish in their name.
            RequestBody.text(response, HttpServletResponse.SC_FORBIDDEN, "the curator endpoints refuse cross-site requests (Origin "
                    + origin + "); call them from this server's own pages or from a program");
            return;
        }
        Optional<String> curator = credentials.authenticate(request.getHeader("Authorization"));
        if (curator.isEmpty()) {
            response.setHeader("WWW-Authenticate",
                    "Basic realm=\"deportation-deals curators\", Bearer realm=\"deportation-deals curators\"");
            RequestBody.text(response, HttpServletResponse.SC_UNAUTHORIZED, "the curator endpoints need credentials:"
                    + " HTTP Basic with a curator's name and password, or a bearer token");
            return;
        }
        String rest = request.getRequestURI().substring(PATH.length());
        String[] parts = rest.isEmpty() || rest.equals("/") ? new String[0] : rest.substring(1).split("/");
        try {
            String method = request.getMethod();
            if (parts.length == 0 && method.equals("GET")) {
                list(response);
            } else if (parts.length == 0 && method.equals("POST")) {
                submit(request, response, curator.get());
            } else if (parts.length == 1 && method.equals("GET")) {
                json(response, HttpServletResponse.SC_OK, review(curation.review(parts[0])));
            } else if (parts.length == 2 && method.equals("POST")) {
                act(request, response, parts[0], parts[1], curator.get());
            } else {
                RequestBody.text(response, HttpServletResponse.SC_NOT_FOUND, "no such curator operation: " + method + " "
                        + request.getRequestURI() + " (GET or POST " + PATH + ", GET " + PATH + "/ID, POST " + PATH
                        + "/ID/publish|unpublish|reject)");
            }
        } catch (CurationException e) {
            int status = e.tooLarge() ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : e.getMessage().startsWith("no submission") || e.getMessage().contains("is not a submission id")
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT;
            RequestBody.text(response, status, e.getMessage());
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response, String curator) throws IOException {
        String type = RequestBody.mediaType(request);
        Lang lang = RequestBody.rdfLang(request);
        boolean article = "text/plain".equals(type) || "text/markdown".equals(type);
        if (lang == null && !article) {
            RequestBody.text(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type " + request.getContentType()
                    + " is neither RDF (text/turtle, application/trig, application/n-triples, application/n-quads,"
                    + " application/ld+json, application/rdf+xml) nor an article (text/plain, text/markdown)");
            return;
        }
        String name = request.getParameter("name") == null ? "submission" : request.getParameter("name");
        if (!NAME.matcher(name).matches()) {
            RequestBody.text(response, HttpServletResponse.SC_BAD_REQUEST, "name '" + name
                    + "' must be letters, digits, '.', '_' or '-' (it becomes the article id)");
            return;
        }
        byte[] body;
        try {
            body = RequestBody.read(request, curation.limits().maxBytes());
        } catch (RequestBody.TooLarge e) {
            RequestBody.text(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            return;
        }
        String file = name + "." + (article ? "txt" : lang.getFileExtensions().get(0));
        Curation.Ingested in = curation.ingestDocument(file, body, article ? null : lang, curator);
        if (in.accepted()) {
            response.setHeader("Location", PATH + "/" + in.id());
            json(response, HttpServletResponse.SC_CREATED, submission(in.staged()));
            return;
        }
        Quarantined q = in.quarantined();
        boolean unreadable = q.report().stream().noneMatch(line -> line.contains("Violation") || line.contains("Warning"));
        json(response, unreadable ? HttpServletResponse.SC_BAD_REQUEST : 422, "{\"id\":" + string(in.id())
                + ",\"quarantined\":true,\"message\":" + string(String.join("\n", q.report()))
                + ",\"report\":" + strings(q.report()) + "}");
    }

    private void act(HttpServletRequest request, HttpServletResponse response, String id, String action, String curator)
            throws IOException {
        CurationRecord done;
        switch (action) {
            case "publish" -> done = curation.publish(id, curator, step -> {});
            case "unpublish" -> done = curation.unpublish(id, curator);
            case "reject" -> {
                String reason = request.getParameter("reason");
                if (reason == null || reason.isBlank()) {
                    RequestBody.text(response, HttpServletResponse.SC_BAD_REQUEST, "say why: a reason parameter is required");
                    return;
                }
                done = curation.reject(id, reason, curator);
            }
            default -> {
                RequestBody.text(response, HttpServletResponse.SC_NOT_FOUND, "unknown action '" + action
                        + "': publish, unpublish or reject");
                return;
            }
        }
        json(response, HttpServletResponse.SC_OK, "{\"activity\":" + string(done.activity()) + ",\"kind\":" + string(done.kind())
                + ",\"submission\":" + string(done.submission()) + ",\"curator\":" + string(done.curator())
                + ",\"added\":" + done.added() + ",\"removed\":" + done.removed() + "}");
    }

    private void list(HttpServletResponse response) throws IOException {
        String submissions = curation.submissions().stream().map(StagingServlet::submission).collect(Collectors.joining(","));
        String quarantined = curation.quarantined().stream().map(q -> "{\"id\":" + string(q.id()) + ",\"kind\":" + string(q.kind())
                + ",\"report\":" + strings(q.report()) + "}").collect(Collectors.joining(","));
        json(response, HttpServletResponse.SC_OK, "{\"submissions\":[" + submissions + "],\"quarantined\":[" + quarantined + "]}");
    }

    private static String submission(Submission s) {
        return "{\"id\":" + string(s.id()) + ",\"status\":" + string(s.status().name()) + ",\"kind\":" + string(s.kind())
                + ",\"created\":" + string(s.created().toString()) + ",\"curator\":" + string(s.curator())
                + ",\"sources\":" + strings(s.sources()) + ",\"quads\":" + s.quads() + ",\"rejectedFacts\":" + s.rejectedFacts() + "}";
    }

    private static String review(Review r) {
        return "{\"submission\":" + submission(r.submission()) + ",\"newFacts\":" + strings(r.newFacts())
                + ",\"corroborated\":[" + r.corroborated().stream().map(c -> "{\"fact\":" + string(c.fact()) + ",\"newArticles\":"
                + strings(c.newArticles()) + ",\"publishedArticles\":" + strings(c.publishedArticles()) + "}")
                .collect(Collectors.joining(","))
                + "],\"conflicts\":[" + r.conflicts().stream().map(c -> "{\"fact\":" + string(c.fact()) + ",\"property\":"
                + string(c.property()) + ",\"staged\":" + string(c.stagedValue()) + ",\"published\":" + string(c.publishedValue())
                + "}").collect(Collectors.joining(",")) + "],\"unchanged\":" + strings(r.unchanged()) + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(ValidationServlet::string).collect(Collectors.joining(",", "[", "]"));
    }

    private static void json(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write((json + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
