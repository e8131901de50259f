package org.calfcheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentProblem;
import org.calfcheck.platform.UserFolders;
import org.calfcheck.ui.app.DesktopApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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

    /** The commands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = orderedCommands();

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

    /** The top-level options of a plain {@code assess}, read without picocli. */
    private Main(Optional<EarlyContent> earlyContent, PlainAssess plain) {
        this(earlyContent);
        this.contentFolder = plain.contentFolder().orElse(null);
        this.dataDir.dataDir = plain.dataDir().orElse(null);
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || args.length == 1 && "--smoke".equals(args[0])) {
            prepareFolders();
            // the plain launch skips picocli's parsing: about 150 ms of start-up before the window
            System.exit(new Main().desktop(args.length == 1));
        }
        // first, so the content loads while the folders are made and the arguments parsed
        Optional<EarlyContent> early = EarlyContent.startFor(args);
        prepareFolders();
        System.exit(execute(early, args, standardOut(), standardErr()));
    }

    /** Runs the command line without exiting, so tests can call it. */
    public static int run(String... args) {
        return execute(args, standardOut(), standardErr());
    }

    /** Runs the command line without exiting, writing to {@code out} and {@code err}. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(Optional.empty(), args, out, err);
    }

    /** A plain {@code assess} skips picocli (see {@link PlainAssess}); everything else goes through it. */
    private static int execute(Optional<EarlyContent> early, String[] args, PrintWriter out, PrintWriter err) {
        Optional<PlainAssess> plain = PlainAssess.read(args);
        if (plain.isPresent()) {
            Main main = new Main(early, plain.get());
            try {
                return AssessCommand.run(plain.get().request(), main.contentSource(), main.dataDir, out, err);
            } catch (Exception e) { // NOPMD: as picocli's execute, every failure of the command becomes an exit code
                return failed(e, "assess", main.contentSource(), err);
            }
        }
        CommandLine cli = commandLine(new Main(early), args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** Standard output as picocli writes it by default, so both ways of running a command print alike. */
    static PrintWriter standardOut() {
        return writer(System.out, System.getProperty("sun.stdout.encoding"));
    }

    static PrintWriter standardErr() {
        return writer(System.err, System.getProperty("sun.stderr.encoding"));
    }

    private static PrintWriter writer(OutputStream stream, String encoding) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encoding))),
                true);
    }

    /** picocli's choice: the stream's encoding when the JVM names one, else the default; Windows' cp65001 is UTF-8. */
    private static Charset charset(String encoding) {
        if (encoding == null) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** The command line {@link #main} builds for these arguments; without any, every command. */
    static CommandLine commandLineFor(String... args) {
        return commandLine(new Main(), args);
    }

    /**
     * The command line for these arguments. When they name a command, only that one is built: picocli reads each
     * command's annotations when it is added, and the others would cost {@code assess} about 10 ms at start-up.
     * Anything else (no command, {@code --help}, a typo) gets every command, so help and suggestions are complete.
     */
    private static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        Optional<String> named = commandNamedIn(args, cli.getCommandSpec());
        COMMANDS.forEach((name, command) -> {
            if (named.isEmpty() || named.get().equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setExecutionExceptionHandler(Main::handle);
        return cli;
    }

    private static Map<String, Supplier<Object>> orderedCommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate-content", ValidateContentCommand::new);
        commands.put("assess", AssessCommand::new);
        commands.put("client", ClientCommand::new);
        commands.put("plan", PlanCommand::new);
        commands.put("checkin", CheckInCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The first argument that is a command name, skipping the values of the top-level options before it (so
     * {@code --content assess assess a.json} names {@code assess}); empty when help or the version is asked for, or
     * an argument that is neither comes first.
     */
    static Optional<String> commandNamedIn(String[] args, CommandSpec topLevel) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (COMMANDS.containsKey(arg)) {
                return Optional.of(arg);
            }
            OptionSpec option = arg.startsWith("-") && !arg.contains("=") ? topLevel.findOption(arg) : null;
            if (option != null && (option.usageHelp() || option.versionHelp())) {
                // "--help assess" shows the top-level help, which lists every command
                return Optional.empty();
            }
            if (option != null && option.arity().max() > 0) {
                i++;
            } else if (!arg.startsWith("-")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
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
        // the loader is made on the loading thread: building it starts Jackson, which the first frame need not wait for
        DesktopApp app = new DesktopApp(() -> contentSource().loader(), dataDir.resolve(),
                () -> UserFolders.fromEnvironment().config(), () -> UserFolders.fromEnvironment().cache());
        if (smokeTest) {
            System.out.println("startup-ms " + app.smoke());
            return EXIT_OK;
        }
        app.run();
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
        return failed(e, cmd.getCommandName(), main.contentSource(), cmd.getErr());
    }

    private static int failed(Exception e, String command, ContentSource content, PrintWriter err) {
        if (e instanceof ContentException problems) {
            return reportContentProblems(problems, content, err);
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        log.error("Unexpected failure in '{}'", command, e);
        err.println("calfcheck: unexpected error: " + e
                + " (details in the log in " + UserFolders.fromEnvironment().state() + ")");
        err.flush();
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
