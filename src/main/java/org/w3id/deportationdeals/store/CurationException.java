package org.w3id.deportationdeals.store;

/**
 * A curation step that cannot be done as asked: an unknown submission, one in the wrong state (publishing what was
 * rejected), an unreadable file. The message says what to do instead.
 */
public final class CurationException extends RuntimeException {
    private final boolean tooLarge;

    public CurationException(String message) {
        this(message, false);
    }

    public CurationException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    /** Whether an input was refused for its size. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
