package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.calfcheck.ui.ContentOutcome;
import org.calfcheck.ui.ContentSource;
import org.calfcheck.ui.DesktopLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one entry point: with no command it opens the desktop app, otherwise it runs a command line tool.
 * Exit codes: 0 success, 1 unexpected failure, 2 bad input (content, answers, paths).
 */
@Command(name = "calfcheck", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Sore calves after running: triage, likely causes and a personal routine.")
public final class Main implements Callable<Integer> {

    @Option(names = "--smoke", description = "Open the window, print 'startup-ms N' once it is drawn, and exit.")
    boolean smoke;

    @picocli.CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, so tests can call it. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand(new ClientCommand());
        return cli;
    }

    @Override
    public Integer call() throws InterruptedException {
        DesktopLauncher launcher = new DesktopLauncher(contentSource(), configDir());
        if (smoke) {
            System.out.println("startup-ms " + launcher.smoke());
            return 0;
        }
        launcher.run();
        return 0;
    }

    private static ContentSource contentSource() {
        // replaced by ContentLoader once the foundation branch lands
        return () -> new ContentOutcome.Failed("This build has no content loader yet.", List.of());
    }

    private static Path configDir() {
        // replaced by UserFolders.config() once the foundation branch lands
        String home = System.getProperty("calfcheck.home");
        return home != null ? Path.of(home, "config") : Path.of(System.getProperty("user.home"), ".config", "calfcheck");
    }
}
