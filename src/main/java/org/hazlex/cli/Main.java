package org.hazlex.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, exits with the status of {@link ExitCodes}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs hazlex with the given streams; returns the exit status. Used by tests in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new HazlexCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("hazlex: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'hazlex " + ex.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.INVALID;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            c.getErr().println("hazlex: internal error: " + ex);
            StackTraceElement[] st = ex.getStackTrace();
            if (st.length > 0) {
                c.getErr().println("  at " + st[0]);
            }
            c.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
