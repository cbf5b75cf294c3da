package org.w3id.deportationdeals.cli;

/** A problem with something the user gave us; its message names the file (and line where known). */
final class InputProblem extends RuntimeException {
    InputProblem(String message) {
        super(message);
    }

    InputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
