package org.w3id.deportationdeals.validate;

/**
 * A submitted RDF document that cannot be accepted: a syntax error, an ill-formed literal or IRI, a wrong encoding,
 * or a document over the {@link InputLimits}. The message names the document and, where the parser knows it, the
 * line and column.
 */
public final class RdfInputException extends Exception {
    private final boolean tooLarge;

    public RdfInputException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public RdfInputException(String message, Throwable cause) {
        super(message, cause);
        this.tooLarge = false;
    }

    /** Whether the document was refused for its size (HTTP 413) rather than for its content (HTTP 400). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
