package org.w3id.deportationdeals.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code deportation-deals-kg} command: {@code java -jar target/deportation-deals-kg.jar serve}.
 */
@Command(name = "deportation-deals-kg", mixinStandardHelpOptions = true, version = "deportation-deals-kg 0.1.0",
        description = "Knowledge graph of the 2025 U.S. third-country deportation campaign: build it from articles,"
                + " validate it, query it, serve it over SPARQL.",
        subcommands = {
            ServeCommand.class, BuildCommand.class, QueryCommand.class, ValidateCommand.class,
            BenchCommand.class, EvaluateCommand.class, IngestCommand.class, ReviewCommand.class, PublishCommand.class,
            RejectCommand.class, UnpublishCommand.class, CuratorPasswordCommand.class, CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name a command: serve, build, query, validate, bench, evaluate, ingest, review, publish, reject or unpublish.");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given output streams and returns its exit code (tests call this in-process). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(Main::exitCode);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println(cl.getColorScheme().errorText(message(e)));
            if (exitCode(e) == ExitCodes.INTERNAL_ERROR) {
                e.printStackTrace(cl.getErr());
            }
            return exitCode(e);
        });
        commandLine.setParameterExceptionHandler((e, params) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println(cl.getColorScheme().errorText(e.getMessage()));
            cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INVOCATION;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The one place where failures become exit codes. */
    static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.BAD_INVOCATION;
        }
        if (e instanceof InputProblem) {
            return ExitCodes.INPUT_ERROR;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String message(Throwable e) {
        return e instanceof InputProblem ? e.getMessage() : "internal error: " + e;
    }
}
