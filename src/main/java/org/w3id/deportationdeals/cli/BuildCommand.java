package org.w3id.deportationdeals.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.deportationdeals.corpus.ArticleException;
import org.w3id.deportationdeals.store.BuiltGraph;
import org.w3id.deportationdeals.store.CorpusLoader;
import org.w3id.deportationdeals.store.RejectsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build --articles DIR --out FILE}: the validated dataset of a folder of articles, as TriG or N-Quads. */
@Command(name = "build", description = "Build the validated knowledge graph of a folder of articles and write it as"
        + " TriG (.trig) or N-Quads (.nq). Facts that violate a shape go to the rejects file instead.")
final class BuildCommand extends KgCommand {
    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "articles",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the dataset (.trig or .nq).")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where to write rejected facts (default: the output file name with .rejects.ttl).")
    Path rejects;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(articles)) {
            throw new InputProblem(articles + ": no such folder of articles");
        }
        RDFFormat format = formatFor(out);
        BuiltGraph built = CorpusLoader.create().build(articles);
        for (ArticleException error : built.report().articleErrors()) {
            err().println("skipped " + error.getMessage());
        }
        writeAtomically(built, format);
        Path rejectsFile = rejects != null ? rejects : siblingRejects(out);
        RejectsFile.write(rejectsFile, built.report().rejections());
        err().println(built.report().summary() + "; wrote " + out
                + (built.report().factsRejected() > 0 ? "; rejects in " + rejectsFile : ""));
        return ExitCodes.OK;
    }

    static RDFFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".trig")) {
            return RDFFormat.TRIG_BLOCKS;
        }
        if (name.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        }
        throw new InputProblem(file + ": the output must end in .trig (TriG) or .nq (N-Quads)");
    }

    static Path siblingRejects(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(name + ".rejects.ttl");
    }

    /** A half-written dump must never replace a good one: write beside it, then move. */
    private void writeAtomically(BuiltGraph built, RDFFormat format) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, out.getFileName().toString(), ".part");
        try (OutputStream stream = Files.newOutputStream(partial)) {
            built.dataset().executeRead(() -> RDFDataMgr.write(stream, built.dataset(), format));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
