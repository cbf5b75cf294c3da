package org.w3id.deportationdeals.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.w3id.deportationdeals.server.CuratorCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code curator-password USER}: add a curator to the password file, or change their password. */
@Command(name = "curator-password", description = "Add a curator to the password file that 'serve --curators FILE' reads,"
        + " or change their password (like passwd). Only a salted PBKDF2 hash is stored.")
final class CuratorPasswordCommand extends KgCommand {
    @Parameters(paramLabel = "USER", description = "The curator's name (no ':' or spaces).")
    String user;

    @Option(names = "--file", paramLabel = "FILE", defaultValue = "data/curators",
            description = "The password file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input instead of the terminal.")
    boolean fromStdin;

    @Override
    public Integer call() throws IOException {
        char[] password = fromStdin ? fromStdin() : fromTerminal();
        try {
            CuratorCredentials.setPassword(file, user, password);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(e.getMessage(), e);
        } finally {
            Arrays.fill(password, ' ');
        }
        err().println("password of " + user + " set in " + file);
        return ExitCodes.OK;
    }

    private static char[] fromStdin() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new InputProblem("no password on standard input");
        }
        return line.toCharArray();
    }

    private char[] fromTerminal() {
        Console console = System.console();
        if (console == null) {
            throw new InputProblem("no terminal to ask the password on: pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", user);
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new InputProblem("the two passwords differ; nothing changed");
        }
        return first;
    }
}
