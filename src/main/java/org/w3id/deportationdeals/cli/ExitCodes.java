package org.w3id.deportationdeals.cli;

/** The process exit codes of every command. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** The data does not conform to the shapes. */
    public static final int NOT_CONFORMING = 1;
    /** The command line is wrong (unknown option, missing argument). */
    public static final int BAD_INVOCATION = 2;
    /** An input file is missing, unreadable or not valid RDF, SPARQL or article text. */
    public static final int INPUT_ERROR = 3;
    /** Something went wrong inside the program. */
    public static final int INTERNAL_ERROR = 4;
}
