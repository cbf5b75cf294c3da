package org.w3id.deportationdeals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What every subcommand shares: help options, and its output and message streams. */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
abstract class KgCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where data goes. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where messages go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
