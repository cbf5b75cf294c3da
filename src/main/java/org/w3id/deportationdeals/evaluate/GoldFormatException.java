package org.w3id.deportationdeals.evaluate;

import java.nio.file.Path;

/** A gold file that cannot be read; the message names the file, the line and what is wrong with it. */
public class GoldFormatException extends RuntimeException {
    public GoldFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
