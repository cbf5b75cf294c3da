package org.w3id.deportationdeals.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles: front matter, body, and the sentences extraction works on, with offsets into the body.
 *
 * <pre>{@code
 * CorpusReading corpus = Corpus.readFolder(Path.of("articles"));
 * corpus.errors().forEach(e -> System.err.println(e.getMessage()));   // "articles/x.txt:3: ..."
 * for (Article article : corpus.articles()) {
 *     for (Sentence s : article.sentences()) {
 *         // s.normalised() has plain quotes and dashes; s.start()/s.end() index article.body()
 *     }
 * }
 * Article one = Corpus.read(Path.of("articles/003_d8657b177fc2427a.txt"));   // throws ArticleException
 * }</pre>
 *
 * <p>File conventions (front matter keys, roles, relations) are described in {@code articles/README.md}.
 */
public final class Corpus {
    private static final SentenceSplitter SPLITTER =
            new SentenceSplitter(Normaliser.standard(), Boilerplate.standard());

    private Corpus() {
    }

    /** Reads one article; its id is the file name without extension. */
    public static Article read(Path file) throws ArticleException {
        return read(file, idOf(file));
    }

    /**
     * Reads one article under the given id, for files whose name is not the id (an extraction test case kept
     * as {@code <case>/article.txt}, say).
     */
    public static Article read(Path file, String id) throws ArticleException {
        if (!FrontMatter.ID.matcher(id).matches()) {
            throw new ArticleException(file, 0, "article id '" + id
                    + "' must be letters, digits, '.', '_' or '-' (it becomes part of IRIs); rename the file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file, 0, "cannot read the file: " + e, e);
        }
        String text = ArticleText.decode(file, bytes);
        FrontMatter front = FrontMatter.parse(file, text);
        if (front.body().isBlank()) {
            throw new ArticleException(file, front.bodyLine(), "the article has no body text after its front matter");
        }
        List<Sentence> sentences = SPLITTER.split(id, front.body(), front.metadata().containsKey("publisher")
                ? Optional.of(front.metadata().get("publisher")) : Optional.empty());
        // A raw page without front matter often stamps its date at the top; relative dates need it.
        Optional<LocalDate> published = front.published().or(() -> PublicationStamp.find(front.body()));
        return new Article(id, file, front.metadata(), front.body(), front.bodyLine(), published, sentences);
    }

    /**
     * Reads every {@code *.txt} and {@code *.md} file of a folder (not its subfolders) in file-name order,
     * skipping {@code README.md}. A file that cannot be read becomes an entry of {@link CorpusReading#errors()}.
     *
     * @throws UncheckedIOException when the folder itself cannot be listed
     */
    public static CorpusReading readFolder(Path dir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).filter(Corpus::isArticleFile).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the article folder " + dir, e);
        }
        List<Article> articles = new ArrayList<>();
        List<ArticleException> errors = new ArrayList<>();
        Map<String, Path> idsSeen = new HashMap<>();
        for (Path file : files) {
            String id = idOf(file);
            Path earlier = idsSeen.putIfAbsent(id, file);
            if (earlier != null) {
                errors.add(new ArticleException(file, 0, "article id '" + id + "' is already used by " + earlier));
                continue;
            }
            try {
                articles.add(read(file, id));
            } catch (ArticleException e) {
                errors.add(e);
            }
        }
        return new CorpusReading(articles, errors);
    }

    /**
     * The typographic normalisation applied to {@link Sentence#normalised()}: curly quotes, dashes and odd spaces
     * become ASCII, one character for one. Gazetteers and rules can use it to fold their own entries the same way.
     */
    public static String normalise(String text) {
        return Normaliser.standard().apply(text);
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".txt") || lower.endsWith(".md")) && !lower.equals("readme.md") && !name.startsWith(".");
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
