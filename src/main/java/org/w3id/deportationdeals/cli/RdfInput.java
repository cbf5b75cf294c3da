package org.w3id.deportationdeals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads RDF files the user names, in any syntax Jena knows by file extension. */
final class RdfInput {
    private RdfInput() {}

    /**
     * Adds the file to the dataset: quads formats keep their named graphs; a triples file goes into a named graph
     * named after the file, so that the dataset's union default graph holds everything.
     *
     * @throws InputProblem naming the file, and the line and column of a syntax error
     */
    static void read(DatasetGraph dataset, Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputProblem(file + ": no such readable file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new InputProblem(file + ": unknown RDF syntax; use .ttl, .trig, .nt, .nq, .jsonld or .rdf");
        }
        try {
            if (RDFLanguages.isQuads(lang)) {
                RDFDataMgr.read(dataset, file.toUri().toString(), lang);
            } else {
                DatasetGraph target = dataset;
                target.addGraph(NodeFactory.createURI(file.toUri().toString()),
                        RDFDataMgr.loadGraph(file.toUri().toString(), lang));
            }
        } catch (RiotException e) {
            throw new InputProblem(file + ": " + e.getMessage(), e);
        }
    }
}
