package org.calfcheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.platform.UserFolders;
import org.calfcheck.ui.AppSetup;
import org.calfcheck.ui.DesktopLauncher;
import org.calfcheck.ui.EngineAssessor;
import org.calfcheck.ui.LoaderContentSource;
import org.calfcheck.ui.ResultActions;
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

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || args.length == 1 && "--smoke".equals(args[0])) {
            // the plain launch skips picocli's parsing: about 150 ms of start-up before the window
            System.exit(new Main().desktop(args.length == 1));
        }
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
    public Integer call() throws InterruptedException {
        return desktop(smoke);
    }

    private int desktop(boolean smoke) throws InterruptedException {
        DesktopLauncher launcher = new DesktopLauncher(new AppSetup(
                new LoaderContentSource(ContentLoader::packaged), EngineAssessor::of, ResultActions.NONE, List.of()),
                () -> UserFolders.fromEnvironment().config());
        if (smoke) {
            System.out.println("startup-ms " + launcher.smoke());
            return 0;
        }
        launcher.run();
        return 0;
    }
}
