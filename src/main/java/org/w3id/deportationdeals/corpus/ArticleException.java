package org.w3id.deportationdeals.corpus;

import java.nio.file.Path;

/** An article that cannot be read; the message names the file and, where it can, the line. */
public class ArticleException extends Exception {
    private final Path file;
    private final int line;

    public ArticleException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public ArticleException(Path file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public Path file() { return file; }
    /** 1-based line, or 0 when the problem is the file as a whole. */
    public int line() { return line; }
}
