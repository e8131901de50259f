package org.calfcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the command line in this JVM as {@code main} does (a plain {@code assess} without picocli) and keeps what
 * the last run printed; one per test, never shared.
 */
final class CommandRun {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** The exit code; {@link #out()} and {@link #err()} then hold this run's output only. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** As {@link #run}, always through picocli, as arguments that are not a plain {@code assess} go. */
    int runThroughPicocli(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLineFor(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
