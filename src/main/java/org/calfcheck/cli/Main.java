package org.calfcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentProblem;
import org.calfcheck.platform.UserFolders;
import org.calfcheck.ui.AppSetup;
import org.calfcheck.ui.DesktopLauncher;
import org.calfcheck.ui.EngineAssessor;
import org.calfcheck.ui.LoaderContentSource;
import org.calfcheck.ui.ResultActions;
import org.calfcheck.ui.sheet.SheetPreviewOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The one entry point: with no command it opens the desktop app, otherwise it runs a command line tool.
 * Exit codes: 0 success, 1 unexpected failure, 2 bad input (content, answers, paths).
 */
@Command(name = "calfcheck", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Sore calves after running: triage, likely causes and a personal routine.")
public final class Main implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--content", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the content files in DIR instead of the packaged content.")
    private Path contentFolder;

    @Option(names = "--smoke", description = "Open the window, print 'startup-ms N' once it is drawn, and exit.")
    boolean smoke;

    @picocli.CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    /** Content loading begun before the arguments were parsed; empty when nothing needs it early. */
    private final Optional<EarlyContent> earlyContent;

    public Main() {
        this(Optional.empty());
    }

    private Main(Optional<EarlyContent> earlyContent) {
        this.earlyContent = earlyContent;
    }

    public static void main(String[] args) throws InterruptedException {
        prepareFolders();
        if (args.length == 0 || args.length == 1 && "--smoke".equals(args[0])) {
            // the plain launch skips picocli's parsing: about 150 ms of start-up before the window
            System.exit(new Main().desktop(args.length == 1));
        }
        Optional<EarlyContent> early = EarlyContent.startFor(args);
        System.exit(commandLine(new Main(early)).execute(args));
    }

    /** Runs the command line without exiting, so tests can call it. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(new Main());
    }

    private static CommandLine commandLine(Main main) {
        CommandLine cli = new CommandLine(main);
        cli.addSubcommand(new ValidateContentCommand());
        cli.addSubcommand(new AssessCommand());
        cli.addSubcommand(new ClientCommand());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli;
    }

    /** The content chosen with {@code --content}, or the packaged content. */
    public ContentSource contentSource() {
        return new ContentSource(Optional.ofNullable(contentFolder), earlyContent);
    }

    @Override
    public Integer call() throws InterruptedException {
        return desktop(smoke);
    }

    private int desktop(boolean smokeTest) throws InterruptedException {
        // the sheet preview, the coach page and "Save to client…" all hang off the results view
        CoachSetup coach = new CoachSetup(dataDir.resolve());
        ResultActions actions = ResultActions.NONE
                .withRoutineSheet(SheetPreviewOpener.forDesktop())
                .withSaveToClient(coach.saveToClient());
        // the loader is made on the loading thread: building it starts Jackson, which the first frame need not wait for
        DesktopLauncher launcher = new DesktopLauncher(new AppSetup(
                new LoaderContentSource(() -> contentSource().loader()), EngineAssessor::of,
                actions, List.of(coach.page(actions.routineSheet()))),
                () -> UserFolders.fromEnvironment().config());
        if (smokeTest) {
            System.out.println("startup-ms " + launcher.smoke());
            return EXIT_OK;
        }
        launcher.run();
        return EXIT_OK;
    }

    /** Prints every content problem, one per line, and returns the bad-input exit code. */
    static int reportContentProblems(ContentException e, ContentSource source, PrintWriter err) {
        for (ContentProblem problem : e.problems()) {
            err.println(problem);
        }
        int count = e.problems().size();
        err.println(count + (count == 1 ? " problem" : " problems") + " in the content from " + source.origin());
        return EXIT_BAD_INPUT;
    }

    /**
     * Content problems are bad input (exit 2, every problem listed); anything else is a bug: logged with its stack
     * trace, one line for the user, exit 1.
     */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Main main = cmd.getCommandSpec().root().userObject() instanceof Main m ? m : new Main();
        if (e instanceof ContentException problems) {
            return reportContentProblems(problems, main.contentSource(), cmd.getErr());
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        log.error("Unexpected failure in '{}'", cmd.getCommandName(), e);
        cmd.getErr().println("calfcheck: unexpected error: " + e
                + " (details in the log in " + UserFolders.fromEnvironment().state() + ")");
        return EXIT_FAILURE;
    }

    /**
     * Points the JavaFX and PDFBox caches at our cache folder (unless set already), before anything loads them;
     * the log folder is found by the logging configuration itself ({@code platform.LogFolder}).
     */
    static void prepareFolders() {
        UserFolders folders = UserFolders.fromEnvironment();
        try {
            folders.ensureExists();
        } catch (IOException e) {
            // the app still runs; logging falls back to the temporary folder and says so
            LoggerFactory.getLogger(Main.class).warn("Cannot create the user folders: {}", e.toString());
            return;
        }
        setIfAbsent("javafx.cachedir", folders.cache().resolve("openjfx"));
        setIfAbsent("pdfbox.fontcache", folders.cache());
    }

    private static void setIfAbsent(String property, Path value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value.toString());
        }
    }
}
