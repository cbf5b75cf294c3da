package org.w3id.deportationdeals.extract;

/** A rule resource that cannot be read; the message names the file, the line and what is wrong. */
public class RuleFileException extends RuntimeException {
    public RuleFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
