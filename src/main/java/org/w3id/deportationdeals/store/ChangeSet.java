package org.w3id.deportationdeals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;

/**
 * The exact quads one publish added and removed, kept as two N-Quads files beside the staging database so that
 * {@code unpublish} can undo exactly that publish. The files are written and flushed to disk before the publish
 * commits: a crash after the commit always finds them; a crash before leaves files no provenance record points at,
 * which are ignored.
 */
final class ChangeSet {
    private final Path folder;

    ChangeSet(Path folder) {
        this.folder = folder;
    }

    void write(String activityId, List<Quad> added, List<Quad> removed) {
        try {
            Files.createDirectories(folder);
            writeFile(file(activityId, "added"), added);
            writeFile(file(activityId, "removed"), removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the change set of " + activityId + " in " + folder, e);
        }
    }

    List<Quad> added(String activityId) {
        return read(file(activityId, "added"));
    }

    List<Quad> removed(String activityId) {
        return read(file(activityId, "removed"));
    }

    private Path file(String activityId, String which) {
        return folder.resolve(activityId + "." + which + ".nq");
    }

    private static void writeFile(Path file, List<Quad> quads) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            quads.forEach(writer::quad);
            writer.finish();
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Quad> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CurationException("the change set " + file + " is missing: this publish cannot be undone exactly");
        }
        List<Quad> quads = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            // Labels as written: the blank nodes must be the very ones the publish added.
            RDFParser.source(in).lang(Lang.NQUADS).labelToNode(org.apache.jena.riot.lang.LabelToNode.createUseLabelEncoded())
                    .parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            quads.add(quad);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quads;
    }

}
