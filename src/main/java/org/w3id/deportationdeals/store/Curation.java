package org.w3id.deportationdeals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.deportationdeals.corpus.Article;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.corpus.Corpus;
import org.w3id.deportationdeals.graph.FactKeys;
import org.w3id.deportationdeals.graph.OntologyModel;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.deportationdeals.validate.SubmissionCheck;
import org.w3id.deportationdeals.validate.InputLimits;
import org.w3id.deportationdeals.validate.RdfDocument;
import org.w3id.deportationdeals.validate.RdfInputException;
import org.w3id.deportationdeals.validate.ShapeValidator;
import org.w3id.deportationdeals.vocab.DD;

/**
 * The curator's workflow on a store folder: ingest articles or hand-written triples into a staging area, review what
 * they would change, then publish or reject them; undo a publish; and keep what fails validation in a quarantine.
 * <p>
 * Layout of a store folder {@code DIR} (the {@code --db} TDB2 database, which is what the server publishes):
 * <ul>
 *   <li>{@code DIR/staging/tdb2}: a sibling TDB2 database of staged graphs, named
 *       {@code …/graph/staging/<submission>/<published graph tail>}, and one metadata graph per submission. The server
 *       never opens it, so staged data cannot leak into the published graph;</li>
 *   <li>{@code DIR/staging/uploads/<submission>/files}: the files as submitted;</li>
 *   <li>{@code DIR/staging/changes/<activity>.{added,removed}.nq}: what each publish changed, for undo;</li>
 *   <li>{@code DIR/quarantine/<submission>/}: submissions that failed, with {@code files/} and {@code report.txt}.</li>
 * </ul>
 * Publishing replaces each published graph the submission stages (an article graph, a curated graph) with the staged
 * one in one write transaction, and records a PROV-O activity in {@code …/graph/provenance}. The status of a
 * submission is read from that record, so it is right after a crash at any point.
 *
 * <pre>{@code
 * try (Curation curation = Curation.open(Path.of("data/tdb2"))) {
 *     Curation.Ingested in = curation.ingestArticles(List.of(Path.of("new.txt")), "alice");
 *     Review review = curation.review(in.id());
 *     CurationRecord done = curation.publish(in.id(), "alice", step -> {});
 * }
 * }</pre>
 */
public final class Curation implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,80}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final KgStore published;
    private final boolean ownsPublished;
    private final Dataset staging;
    private final ChangeSet changes;
    private final InputLimits limits;
    private final ShapeValidator validator;
    private CorpusLoader loader;

    private Curation(Path folder, KgStore published, boolean ownsPublished, InputLimits limits, ShapeValidator validator) {
        this.folder = folder;
        this.published = published;
        this.ownsPublished = ownsPublished;
        this.limits = limits;
        this.validator = validator;
        try {
            Files.createDirectories(stagingFolder().resolve("tdb2"));
            Files.createDirectories(quarantineFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging area in " + folder, e);
        }
        this.staging = TDB2Factory.connectDataset(stagingFolder().resolve("tdb2").toString());
        this.changes = new ChangeSet(stagingFolder().resolve("changes"));
    }

    /** Opens the store folder and its staging area (created when missing), with the default limits and shapes. */
    public static Curation open(Path db) {
        return open(db, InputLimits.DEFAULT);
    }

    public static Curation open(Path db, InputLimits limits) {
        try {
            Files.createDirectories(db);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store folder " + db, e);
        }
        return new Curation(db, KgStore.open(db), true, limits, ShapeValidator.bundled());
    }

    /**
     * The staging area of a store another part of the program already opened (the server's); closing the curation
     * leaves that store open.
     */
    public static Curation attach(KgStore store, Path db, InputLimits limits) {
        return new Curation(db, store, false, limits, ShapeValidator.bundled());
    }

    /** The published dataset, for a server to publish. */
    public DatasetGraph published() {
        return published.datasetGraph();
    }

    public InputLimits limits() {
        return limits;
    }

    public Path stagingFolder() {
        return folder.resolve("staging");
    }

    public Path quarantineFolder() {
        return folder.resolve("quarantine");
    }

    /**
     * The outcome of an ingest: staged (with its submission) or quarantined (with its report).
     *
     * @param id          the submission id
     * @param staged      the staged submission, or {@code null} when it was quarantined
     * @param quarantined the quarantine entry, or {@code null} when it was staged
     */
    public record Ingested(String id, Submission staged, Quarantined quarantined) {
        public boolean accepted() {
            return staged != null;
        }
    }

    // ---------------------------------------------------------------- ingest

    /** Reads, extracts, validates and stages articles (UTF-8 text with front matter). */
    public synchronized Ingested ingestArticles(List<Path> files, String curator) {
        String id = newId();
        Path uploads = copyIn(id, files);
        return process(id, "articles", uploads, curator, Instant.now());
    }

    /** Reads, validates and stages hand-written RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML). */
    public synchronized Ingested ingestTriples(List<Path> files, String curator) {
        String id = newId();
        Path uploads = copyIn(id, files);
        return process(id, "triples", uploads, curator, Instant.now());
    }

    /**
     * Stages one document sent over HTTP: RDF in a syntax named by {@code lang}, or an article when {@code lang} is
     * {@code null}. {@code name} is a file name for messages and for the article id.
     */
    public synchronized Ingested ingestDocument(String name, byte[] content, Lang lang, String curator) {
        if (content.length > limits.maxBytes()) {
            throw new CurationException(name + ": " + content.length + " bytes, over the limit of " + limits.maxBytes(), true);
        }
        String id = newId();
        Path uploads = uploadsFolder(id);
        try {
            Files.createDirectories(uploads);
            Files.write(uploads.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return process(id, lang == null ? "articles" : "triples", uploads, curator, Instant.now());
    }

    /** Tries a quarantined submission again, with the files as the curator fixed them in its quarantine folder. */
    public synchronized Ingested resubmit(String id, String curator) {
        checkId(id);
        Path quarantined = quarantineFolder().resolve(id);
        if (!Files.isDirectory(quarantined)) {
            throw new CurationException("no quarantined submission " + id + " (list them with: review --quarantine)");
        }
        Properties meta = readProperties(quarantined.resolve("submission.properties"));
        Path uploads = uploadsFolder(id).getParent();
        try {
            Files.createDirectories(uploads.getParent());
            deleteTree(uploads);
            Files.move(quarantined, uploads, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + quarantined + " back to staging", e);
        }
        return process(id, meta.getProperty("kind", "triples"), uploadsFolder(id), curator, Instant.now());
    }

    private Ingested process(String id, String kind, Path uploads, String curator, Instant created) {
        List<Path> files = listFiles(uploads);
        List<String> problems = new ArrayList<>();
        DatasetGraph graphs = DatasetGraphFactory.createTxnMem();
        int rejectedFacts = 0;
        if (files.isEmpty()) {
            problems.add("the submission has no files: put the fixed files back in files/ and resubmit");
        } else if (kind.equals("articles")) {
            List<Article> articles = new ArrayList<>();
            for (Path file : files) {
                try {
                    articles.add(Corpus.read(file));
                } catch (ArticleException e) {
                    problems.add(e.getMessage());
                }
            }
            if (problems.isEmpty()) {
                BuiltGraph built = loader().build(articles, List.of(), publishedDatedFacts());
                rejectedFacts = built.report().factsRejected();
                try {
                    RejectsFile.write(uploads.getParent().resolve("rejects.ttl"), built.report().rejections());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                built.dataset().executeRead(() -> built.dataset().listGraphNodes().forEachRemaining(name -> {
                    boolean shared = name.getURI().equals(DD.ONTOLOGY_GRAPH) || name.getURI().equals(DD.REFERENCE_GRAPH);
                    if (!shared || !publishedHas(name)) {
                        built.dataset().getGraph(name).find().forEachRemaining(t -> graphs.add(name, t.getSubject(),
                                t.getPredicate(), t.getObject()));
                    }
                }));
            }
        } else {
            for (Path file : files) {
                try {
                    DatasetGraph read = RdfDocument.read(file, limits);
                    read.find().forEachRemaining(q -> {
                        Node graph = q.isDefaultGraph() ? NodeFactory.createURI(CurationTerms.CURATED + id) : q.getGraph();
                        graphs.add(graph, q.getSubject(), q.getPredicate(), q.getObject());
                    });
                    read.listGraphNodes().forEachRemaining(name -> checkGraphName(file, name, problems));
                } catch (RdfInputException e) {
                    if (e.tooLarge()) {
                        deleteTree(uploads.getParent());
                        throw new CurationException(e.getMessage(), true);
                    }
                    problems.add(e.getMessage());
                }
            }
            if (problems.isEmpty()) {
                Map<Node, String> lines = new HashMap<>();
                files.forEach(file -> org.w3id.deportationdeals.validate.SourceLines.of(file).forEach(lines::putIfAbsent));
                problems.addAll(violations(graphs, lines));
            }
        }
        if (!problems.isEmpty()) {
            // The files move to the quarantine: name them by file name, not by the staging path they leave.
            String prefix = uploads + java.io.File.separator;
            problems.replaceAll(p -> p.replace(prefix, "").replace(uploads.toUri().toString(), ""));
            return new Ingested(id, null, quarantine(id, kind, uploads.getParent(), curator, created, problems));
        }
        stage(id, kind, graphs, curator, created, files, rejectedFacts);
        return new Ingested(id, submission(id), null);
    }

    private void checkGraphName(Path file, Node name, List<String> problems) {
        String iri = name.isURI() ? name.getURI() : "";
        if (!iri.startsWith(DD.GRAPH) || iri.startsWith(CurationTerms.STAGING) || iri.equals(CurationTerms.PROVENANCE_GRAPH)
                || iri.equals(DD.ONTOLOGY_GRAPH)) {
            problems.add(file + ": named graph " + name + " is not one a submission may write: use graphs under "
                    + DD.GRAPH + " (article/…, reference, curated/…), or put the triples in the default graph");
        }
    }

    /** Validates the submission in the context of the published graph; one line per violation, with file:line. */
    private List<String> violations(DatasetGraph graphs, Map<Node, String> lines) {
        ValidationReport report = SubmissionCheck.check(validator, graphs, published.datasetGraph());
        List<String> out = new ArrayList<>();
        report.getEntries().forEach(e -> out.add(lines.getOrDefault(e.focusNode(), "submission") + ": " + validator.violation(e).line()));
        out.sort(null);
        return out;
    }

    private void stage(String id, String kind, DatasetGraph graphs, String curator, Instant created, List<Path> files,
                       int rejectedFacts) {
        Node meta = CurationTerms.submissionGraph(id);
        Node sub = CurationTerms.submission(id);
        DatasetGraph target = staging.asDatasetGraph();
        Set<Node> stagedGraphs = new TreeSet<>(Comparator.comparing(Node::getURI));
        long[] count = {0};
        target.executeWrite(() -> {
            target.deleteAny(meta, Node.ANY, Node.ANY, Node.ANY);
            graphs.executeRead(() -> graphs.find().forEachRemaining(q -> {
                Node staged = NodeFactory.createURI(CurationTerms.staged(id, q.getGraph().getURI()));
                stagedGraphs.add(staged);
                target.add(staged, q.getSubject(), q.getPredicate(), q.getObject());
                count[0]++;
            }));
            target.add(meta, sub, CurationTerms.type, CurationTerms.Submission);
            target.add(meta, sub, CurationTerms.kind, NodeFactory.createLiteralString(kind));
            target.add(meta, sub, CurationTerms.created, dateTime(created));
            target.add(meta, sub, CurationTerms.curatorName, NodeFactory.createLiteralString(curator));
            for (Path file : files) {
                target.add(meta, sub, CurationTerms.source, NodeFactory.createLiteralString(file.getFileName().toString()));
            }
            stagedGraphs.forEach(g -> target.add(meta, sub, CurationTerms.stagedGraph, g));
            target.add(meta, sub, CurationTerms.quads, NodeFactory.createLiteralDT(Long.toString(count[0]), XSDDatatype.XSDinteger));
            target.add(meta, sub, CurationTerms.rejectedFacts,
                    NodeFactory.createLiteralDT(Integer.toString(rejectedFacts), XSDDatatype.XSDinteger));
        });
    }

    private Quarantined quarantine(String id, String kind, Path upload, String curator, Instant created, List<String> problems) {
        Path target = quarantineFolder().resolve(id);
        try {
            deleteTree(target);
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
            Properties meta = new Properties();
            meta.setProperty("kind", kind);
            meta.setProperty("curator", curator);
            meta.setProperty("created", created.toString());
            try (Writer out = Files.newBufferedWriter(target.resolve("submission.properties"), StandardCharsets.UTF_8)) {
                meta.store(out, "A quarantined submission: fix the files in files/ and run: ingest --resubmit " + id);
            }
            Files.write(target.resolve("report.txt"), problems, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quarantine submission " + id + " in " + target, e);
        }
        return quarantined(id);
    }

    // ---------------------------------------------------------------- listing

    /** Every submission the staging area knows (staged, published or rejected), oldest first. */
    public synchronized List<Submission> submissions() {
        List<String> ids = new ArrayList<>();
        DatasetGraph target = staging.asDatasetGraph();
        target.executeRead(() -> target.find(Node.ANY, Node.ANY, CurationTerms.type, CurationTerms.Submission)
                .forEachRemaining(q -> ids.add(q.getSubject().getURI().substring((DD.ID + "submission/").length()))));
        List<Submission> out = new ArrayList<>();
        ids.forEach(id -> out.add(submission(id)));
        out.sort(Comparator.comparing(Submission::created).thenComparing(Submission::id));
        return out;
    }

    /** The submission with this id. */
    public synchronized Submission submission(String id) {
        checkId(id);
        Node meta = CurationTerms.submissionGraph(id);
        Node sub = CurationTerms.submission(id);
        DatasetGraph target = staging.asDatasetGraph();
        return target.calculateRead(() -> {
            if (!target.contains(meta, sub, CurationTerms.type, CurationTerms.Submission)) {
                throw new CurationException("no submission " + id + " in " + stagingFolder()
                        + (Files.isDirectory(quarantineFolder().resolve(id)) ? " (it is quarantined: review --quarantine)" : ""));
            }
            List<String> sources = new ArrayList<>();
            target.find(meta, sub, CurationTerms.source, Node.ANY)
                    .forEachRemaining(q -> sources.add(q.getObject().getLiteralLexicalForm()));
            sources.sort(null);
            return new Submission(id, value(target, meta, sub, CurationTerms.kind),
                    Instant.parse(value(target, meta, sub, CurationTerms.created)), value(target, meta, sub, CurationTerms.curatorName),
                    sources, status(id), Long.parseLong(value(target, meta, sub, CurationTerms.quads)),
                    Integer.parseInt(value(target, meta, sub, CurationTerms.rejectedFacts)));
        });
    }

    /** The quarantined submissions. */
    public synchronized List<Quarantined> quarantined() {
        try (Stream<Path> list = Files.list(quarantineFolder())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().map(this::quarantined).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Quarantined quarantined(String id) {
        Path dir = quarantineFolder().resolve(id);
        Properties meta = readProperties(dir.resolve("submission.properties"));
        List<String> report;
        try {
            report = Files.readAllLines(dir.resolve("report.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            report = List.of("(no report: " + e.getMessage() + ")");
        }
        return new Quarantined(id, meta.getProperty("kind", "?"), dir, listFiles(dir.resolve("files")), report);
    }

    /** Every curation activity recorded in the published provenance graph, in order. */
    public synchronized List<CurationRecord> history() {
        DatasetGraph pub = published.datasetGraph();
        return pub.calculateRead(() -> {
            List<CurationRecord> out = new ArrayList<>();
            Node g = CurationTerms.uri(CurationTerms.PROVENANCE_GRAPH);
            pub.find(g, Node.ANY, CurationTerms.type, CurationTerms.activity)
                    .forEachRemaining(q -> out.add(record(pub, g, q.getSubject())));
            out.sort(Comparator.comparing(CurationRecord::ended).thenComparing(CurationRecord::started));
            return out;
        });
    }

    private CurationRecord record(DatasetGraph pub, Node g, Node act) {
        String kind = pub.contains(g, act, CurationTerms.type, CurationTerms.Publish) ? "publish"
                : pub.contains(g, act, CurationTerms.type, CurationTerms.Unpublish) ? "unpublish" : "reject";
        String sub = value(pub, g, act, CurationTerms.used);
        Node curatorNode = pub.find(g, act, CurationTerms.wasAssociatedWith, Node.ANY).next().getObject();
        return new CurationRecord(act.getURI(), kind, sub.substring((DD.ID + "submission/").length()),
                value(pub, g, curatorNode, CurationTerms.label), Instant.parse(value(pub, g, act, CurationTerms.startedAtTime)),
                Instant.parse(value(pub, g, act, CurationTerms.endedAtTime)), Long.parseLong(value(pub, g, act, CurationTerms.addedQuads)),
                Long.parseLong(value(pub, g, act, CurationTerms.removedQuads)));
    }

    private Submission.Status status(String id) {
        List<CurationRecord> mine = history().stream().filter(r -> r.submission().equals(id)).toList();
        if (mine.isEmpty()) {
            return Submission.Status.STAGED;
        }
        return switch (mine.get(mine.size() - 1).kind()) {
            case "publish" -> Submission.Status.PUBLISHED;
            case "reject" -> Submission.Status.REJECTED;
            default -> Submission.Status.STAGED;
        };
    }

    // ---------------------------------------------------------------- review

    /** What publishing the submission would change: new facts, facts gaining a source, conflicts. */
    public synchronized Review review(String id) {
        Submission submission = submission(id);
        Set<Node> functional = functionalProperties();
        List<String> newFacts = new ArrayList<>();
        List<Review.Corroboration> corroborated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Review.Conflict> conflicts = new ArrayList<>();
        DatasetGraph st = staging.asDatasetGraph();
        DatasetGraph pub = published.datasetGraph();
        Node provenance = CurationTerms.uri(CurationTerms.PROVENANCE_GRAPH);
        st.executeRead(() -> pub.executeRead(() -> {
            for (Node stagedName : stagedGraphs(id)) {
                Graph staged = st.getGraph(stagedName);
                Node target = CurationTerms.uri(CurationTerms.published(id, stagedName.getURI()));
                Set<Node> facts = new TreeSet<>(Comparator.comparing(Node::toString));
                staged.find(Node.ANY, DD.evidence.asNode(), Node.ANY).forEachRemaining(t -> facts.add(t.getSubject()));
                for (Node fact : facts) {
                    Set<String> stagedArticles = articles(staged, fact);
                    Set<String> publishedArticles = new TreeSet<>();
                    boolean known = false;
                    var found = pub.find(Node.ANY, fact, Node.ANY, Node.ANY);
                    List<Quad> quads = new ArrayList<>();
                    found.forEachRemaining(quads::add);
                    for (Quad q : quads) {
                        if (q.getGraph().equals(provenance)) {
                            continue;
                        }
                        known = true;
                        if (q.getPredicate().equals(DD.evidence.asNode())) {
                            pub.find(q.getGraph(), q.getObject(), DD.inArticle.asNode(), Node.ANY)
                                    .forEachRemaining(a -> publishedArticles.add(a.getObject().getURI()));
                        }
                        if (functional.contains(q.getPredicate()) && !q.getGraph().equals(target)) {
                            staged.find(fact, q.getPredicate(), Node.ANY).forEachRemaining(t -> {
                                if (!t.getObject().sameValueAs(q.getObject())) {
                                    conflicts.add(new Review.Conflict(fact.getURI(), shortName(q.getPredicate()),
                                            t.getObject().toString(), q.getObject().toString(), q.getGraph().getURI()));
                                }
                            });
                        }
                    }
                    if (!known) {
                        newFacts.add(fact.getURI());
                    } else {
                        List<String> added = stagedArticles.stream().filter(a -> !publishedArticles.contains(a)).toList();
                        if (added.isEmpty()) {
                            unchanged.add(fact.getURI());
                        } else {
                            corroborated.add(new Review.Corroboration(fact.getURI(), List.copyOf(publishedArticles), added));
                        }
                    }
                }
            }
        }));
        return new Review(submission, newFacts, corroborated, unchanged, conflicts);
    }

    private static Set<String> articles(Graph graph, Node fact) {
        Set<String> out = new TreeSet<>();
        graph.find(fact, DD.evidence.asNode(), Node.ANY).forEachRemaining(e -> graph.find(e.getObject(), DD.inArticle.asNode(), Node.ANY)
                .forEachRemaining(a -> out.add(a.getObject().getURI())));
        return out;
    }

    /** Properties a fact has at most one value of: functional in the ontology, or {@code sh:maxCount 1} in a shape. */
    private static Set<Node> functionalProperties() {
        Set<Node> out = new LinkedHashSet<>();
        Graph ontology = OntologyModel.bundled().getGraph();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.FunctionalProperty.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        try (InputStream in = Curation.class.getResourceAsStream("/shapes/deportation-deals-shapes.ttl")) {
            if (in != null) {
                Graph shapes = org.apache.jena.riot.RDFParser.source(in).lang(Lang.TURTLE).toGraph();
                Node maxCount = CurationTerms.uri("http://www.w3.org/ns/shacl#maxCount");
                Node path = CurationTerms.uri("http://www.w3.org/ns/shacl#path");
                shapes.find(Node.ANY, maxCount, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral() && "1".equals(t.getObject().getLiteralLexicalForm())) {
                        shapes.find(t.getSubject(), path, Node.ANY).forEachRemaining(p -> {
                            if (p.getObject().isURI()) {
                                out.add(p.getObject());
                            }
                        });
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.remove(DD.inArticle.asNode());
        out.remove(DD.inSentence.asNode());
        return out;
    }

    private static String shortName(Node property) {
        String iri = property.getURI();
        return iri.startsWith(DD.NS) ? "dd:" + iri.substring(DD.NS.length()) : "<" + iri + ">";
    }

    // ---------------------------------------------------------------- publish, reject, unpublish

    /**
     * Publishes a staged submission: in one write transaction, each published graph it stages is replaced by the
     * staged graph, and a PROV-O activity records who did it, when, and how many quads were added and removed. The
     * staged graphs stay in the staging area. {@code progress} hears each step ("committing" right before commit).
     */
    public synchronized CurationRecord publish(String id, String curator, Consumer<String> progress) {
        Submission submission = submission(id);
        if (submission.status() != Submission.Status.STAGED) {
            throw new CurationException("submission " + id + " is " + submission.status().name().toLowerCase()
                    + "; only a staged submission can be published");
        }
        Instant started = Instant.now();
        String activityId = "publish-" + id + "-" + ID_TIME.format(started) + "-" + hex(2);
        Node act = CurationTerms.activity("publish", activityId);
        DatasetGraph st = staging.asDatasetGraph();
        DatasetGraph pub = published.datasetGraph();
        List<Quad> added = new ArrayList<>();
        List<Quad> removed = new ArrayList<>();
        Set<Node> targets = new LinkedHashSet<>();
        st.begin(ReadWrite.READ);
        try {
            pub.begin(ReadWrite.WRITE);
            try {
                progress.accept("comparing staged and published graphs");
                for (Node stagedName : stagedGraphs(id)) {
                    Node target = CurationTerms.uri(CurationTerms.published(id, stagedName.getURI()));
                    targets.add(target);
                    Graph staged = st.getGraph(stagedName);
                    Graph current = pub.getGraph(target);
                    current.find().forEachRemaining(t -> {
                        if (!staged.contains(t)) {
                            removed.add(new Quad(target, t));
                        }
                    });
                    staged.find().forEachRemaining(t -> {
                        if (!current.contains(t)) {
                            added.add(new Quad(target, t));
                        }
                    });
                }
                progress.accept("writing the change set: " + added.size() + " added, " + removed.size() + " removed");
                changes.write(activityId, added, removed);
                progress.accept("applying");
                removed.forEach(pub::delete);
                added.forEach(pub::add);
                Instant ended = Instant.now();
                recordActivity(pub, act, CurationTerms.Publish, "publish of submission " + id, id, submission, curator,
                        started, ended, added.size(), removed.size(), targets, null);
                progress.accept("committing");
                pub.commit();
                progress.accept("committed");
                return new CurationRecord(act.getURI(), "publish", id, curator, started, ended, added.size(), removed.size());
            } finally {
                pub.end();
            }
        } finally {
            st.end();
        }
    }

    /** Undoes the submission's last publish: removes exactly the quads it added and restores those it removed. */
    public synchronized CurationRecord unpublish(String id, String curator) {
        Submission submission = submission(id);
        if (submission.status() != Submission.Status.PUBLISHED) {
            throw new CurationException("submission " + id + " is " + submission.status().name().toLowerCase()
                    + "; only a published submission can be unpublished");
        }
        CurationRecord last = history().stream().filter(r -> r.submission().equals(id) && r.kind().equals("publish"))
                .reduce((a, b) -> b).orElseThrow();
        String publishId = last.activity().substring(last.activity().lastIndexOf('/') + 1);
        List<Quad> added = changes.added(publishId);
        List<Quad> removed = changes.removed(publishId);
        Instant started = Instant.now();
        Node act = CurationTerms.activity("unpublish", "unpublish-" + id + "-" + ID_TIME.format(started) + "-" + hex(2));
        DatasetGraph pub = published.datasetGraph();
        Set<Node> targets = new LinkedHashSet<>();
        added.forEach(q -> targets.add(q.getGraph()));
        removed.forEach(q -> targets.add(q.getGraph()));
        pub.executeWrite(() -> {
            added.forEach(pub::delete);
            removed.forEach(pub::add);
            recordActivity(pub, act, CurationTerms.Unpublish, "undo of the publish of submission " + id, id, submission, curator,
                    started, Instant.now(), removed.size(), added.size(), targets, CurationTerms.uri(last.activity()));
        });
        return history().stream().filter(r -> r.activity().equals(act.getURI())).findFirst().orElseThrow();
    }

    /** Rejects a staged submission: its staged graphs are dropped and the reason recorded. */
    public synchronized CurationRecord reject(String id, String reason, String curator) {
        Submission submission = submission(id);
        if (submission.status() != Submission.Status.STAGED) {
            throw new CurationException("submission " + id + " is " + submission.status().name().toLowerCase()
                    + "; only a staged submission can be rejected");
        }
        if (reason == null || reason.isBlank()) {
            throw new CurationException("say why the submission is rejected (--reason TEXT)");
        }
        Instant started = Instant.now();
        Node act = CurationTerms.activity("reject", "reject-" + id + "-" + ID_TIME.format(started) + "-" + hex(2));
        DatasetGraph pub = published.datasetGraph();
        pub.executeWrite(() -> recordActivity(pub, act, CurationTerms.Reject, "rejection of submission " + id, id, submission,
                curator, started, Instant.now(), 0, 0, Set.of(), null));
        pub.executeWrite(() -> pub.add(CurationTerms.uri(CurationTerms.PROVENANCE_GRAPH), act, CurationTerms.comment,
                NodeFactory.createLiteralString(reason)));
        DatasetGraph st = staging.asDatasetGraph();
        List<Node> graphs = st.calculateRead(() -> stagedGraphs(id));
        st.executeWrite(() -> graphs.forEach(st::removeGraph));
        return history().stream().filter(r -> r.activity().equals(act.getURI())).findFirst().orElseThrow();
    }

    /** Why a rejected submission was rejected, from the provenance record. */
    public synchronized String rejectionReason(String id) {
        DatasetGraph pub = published.datasetGraph();
        Node g = CurationTerms.uri(CurationTerms.PROVENANCE_GRAPH);
        return history().stream().filter(r -> r.submission().equals(id) && r.kind().equals("reject")).reduce((a, b) -> b)
                .map(r -> pub.calculateRead(() -> value(pub, g, CurationTerms.uri(r.activity()), CurationTerms.comment)))
                .orElseThrow(() -> new CurationException("submission " + id + " was not rejected"));
    }

    private void recordActivity(DatasetGraph pub, Node act, Node kind, String label, String id, Submission submission,
                                String curator, Instant started, Instant ended, long added, long removed, Set<Node> graphs,
                                Node undid) {
        Node g = CurationTerms.uri(CurationTerms.PROVENANCE_GRAPH);
        Node sub = CurationTerms.submission(id);
        Node agent = CurationTerms.curator(curator);
        Node submitter = CurationTerms.curator(submission.curator());
        pub.add(g, act, CurationTerms.type, CurationTerms.activity);
        pub.add(g, act, CurationTerms.type, kind);
        pub.add(g, act, CurationTerms.label, NodeFactory.createLiteralLang(label, "en"));
        pub.add(g, act, CurationTerms.startedAtTime, dateTime(started));
        pub.add(g, act, CurationTerms.endedAtTime, dateTime(ended));
        pub.add(g, act, CurationTerms.wasAssociatedWith, agent);
        pub.add(g, act, CurationTerms.used, sub);
        pub.add(g, act, CurationTerms.addedQuads, NodeFactory.createLiteralDT(Long.toString(added), XSDDatatype.XSDinteger));
        pub.add(g, act, CurationTerms.removedQuads, NodeFactory.createLiteralDT(Long.toString(removed), XSDDatatype.XSDinteger));
        for (Node graph : graphs) {
            pub.add(g, act, CurationTerms.changedGraph, graph);
        }
        if (undid != null) {
            pub.add(g, act, CurationTerms.undid, undid);
            pub.add(g, act, CurationTerms.invalidated, undid);
        }
        for (Node who : List.of(agent, submitter)) {
            pub.add(g, who, CurationTerms.type, CurationTerms.agent);
        }
        pub.add(g, agent, CurationTerms.label, NodeFactory.createLiteralString(curator));
        pub.add(g, submitter, CurationTerms.label, NodeFactory.createLiteralString(submission.curator()));
        pub.add(g, sub, CurationTerms.type, CurationTerms.entity);
        pub.add(g, sub, CurationTerms.type, CurationTerms.Submission);
        pub.add(g, sub, CurationTerms.label, NodeFactory.createLiteralLang("submission " + id, "en"));
        pub.add(g, sub, CurationTerms.created, dateTime(submission.created()));
        pub.add(g, sub, CurationTerms.wasAttributedTo, submitter);
        submission.sources().forEach(s -> pub.add(g, sub, CurationTerms.source, NodeFactory.createLiteralString(s)));
    }

    // ---------------------------------------------------------------- helpers

    private List<Node> stagedGraphs(String id) {
        DatasetGraph st = staging.asDatasetGraph();
        List<Node> out = new ArrayList<>();
        st.find(CurationTerms.submissionGraph(id), CurationTerms.submission(id), CurationTerms.stagedGraph, Node.ANY)
                .forEachRemaining(q -> out.add(q.getObject()));
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    /**
     * The dated facts of the published graph by their undated IRI, so that "Rwanda agreed to take the men" in a new
     * article joins the one dated agreement already published instead of becoming a fact of its own.
     */
    private Map<String, Set<String>> publishedDatedFacts() {
        DatasetGraph pub = published.datasetGraph();
        FactKeys keys = FactKeys.bundled();
        Map<String, Set<String>> out = new HashMap<>();
        pub.executeRead(() -> pub.find(Node.ANY, Node.ANY, DD.date.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(DD.ID) && q.getObject().isLiteral()) {
                String undated = keys.undatedIri(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
                if (undated != null) {
                    out.computeIfAbsent(undated, k -> new TreeSet<>()).add(q.getSubject().getURI());
                }
            }
        }));
        return out;
    }

    private boolean publishedHas(Node graph) {
        DatasetGraph pub = published.datasetGraph();
        return pub.calculateRead(() -> pub.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    private synchronized CorpusLoader loader() {
        if (loader == null) {
            loader = CorpusLoader.create(validator);
        }
        return loader;
    }

    private static String value(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("the curation record lacks " + p + " of " + s + " in " + g);
        }
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new CurationException("'" + id + "' is not a submission id (letters, digits and '-')");
        }
    }

    private static String newId() {
        return ID_TIME.format(Instant.now()) + "-" + hex(3);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private Path uploadsFolder(String id) {
        return stagingFolder().resolve("uploads").resolve(id).resolve("files");
    }

    private Path copyIn(String id, List<Path> files) {
        if (files.isEmpty()) {
            throw new CurationException("name at least one file to ingest");
        }
        Path uploads = uploadsFolder(id);
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new CurationException(file + ": no such readable file");
            }
            try {
                long size = Files.size(file);
                if (size > limits.maxBytes()) {
                    throw new CurationException(file + ": " + size + " bytes, over the limit of " + limits.maxBytes()
                            + " bytes (--max-bytes)", true);
                }
            } catch (IOException e) {
                throw new CurationException(file + ": cannot read: " + e.getMessage());
            }
            if (byName.put(file.getFileName().toString(), file) != null) {
                throw new CurationException(file + ": two files named " + file.getFileName() + " in one submission");
            }
        }
        try {
            Files.createDirectories(uploads);
            for (Path file : files) {
                Files.copy(file, uploads.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the submission into " + uploads, e);
        }
        return uploads;
    }

    private static List<Path> listFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            // A quarantine folder without its properties (copied by hand) still resubmits, as triples.
        }
        return properties;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    @Override
    public void close() {
        TDBInternal.expel(staging.asDatasetGraph());
        if (ownsPublished) {
            published.close();
        }
    }
}
