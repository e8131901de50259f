package org.calfcheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point: with no command it opens the desktop app, otherwise it runs a command line tool.
 * Exit codes: 0 success, 1 unexpected failure, 2 bad input (content, answers, paths).
 */
@Command(name = "calfcheck", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Sore calves after running: triage, likely causes and a personal routine.")
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, so tests can call it. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        return cli;
    }

    @Override
    public Integer call() {
        org.calfcheck.ui.CalfCheckApp.launchApp(new String[0]);
        return 0;
    }
}
