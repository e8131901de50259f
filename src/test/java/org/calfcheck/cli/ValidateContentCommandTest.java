package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ValidateContentCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyValidFixtures() throws Exception {
        Path fixtures = Path.of(getClass().getResource("/content-fixtures/valid").toURI());
        try (var files = Files.list(fixtures)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(Main.commandLineFor(), args);
    }

    @Test
    void validContentPrintsOneOkLineWithCountsAndVersion() {
        assertEquals(0, run("validate-content", dir.toString()));

        assertEquals("OK: content 1.0.0 from " + dir + ": 2 causes, 3 exercises, 2 recovery steps, 2 advice,"
                + " 2 red flags, 7 questions in 2 sections, 5 rules" + System.lineSeparator(), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void everyProblemIsPrintedOnItsOwnLineAndTheExitCodeIsTwo() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": }");
        Files.delete(dir.resolve("rules.json"));

        assertEquals(2, run("validate-content", dir.toString()));

        assertEquals(String.join(System.lineSeparator(),
                "manifest.json line 1, column 13: malformed JSON: Unexpected character ('}' (code 125)):"
                        + " expected a value",
                "rules.json: file is missing from " + dir,
                "2 problems in the content from " + dir, ""), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void theGlobalContentOptionChoosesTheFolderBeforeOrAfterTheCommand() {
        assertEquals(0, run("--content", dir.toString(), "validate-content"));
        assertEquals(0, run("validate-content", "--content", dir.toString()));
        assertEquals(2, run("--content", dir.resolve("missing").toString(), "validate-content"));
        assertTrue(err.toString().startsWith(dir.resolve("missing") + ": no such folder"), err::toString);
    }

    @Test
    void versionNamesTheAppAndTheContentVersions() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": \"4.5.6\"}");

        assertEquals(0, run("--content", dir.toString(), "--version"));

        assertTrue(out.toString().matches("CalfCheck .+ \\(content 4\\.5\\.6\\)\\R"), out::toString);
    }

    @Test
    void helpListsTheValidateCommand() {
        assertEquals(0, run("--help"));

        assertTrue(out.toString().contains("validate-content"), out::toString);
        assertTrue(out.toString().contains("--content=DIR"), out::toString);
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitCodeOne() {
        CommandLine cli = Main.commandLineFor();
        cli.addSubcommand(new Failing());

        assertEquals(1, run(cli, "fail"));

        String message = err.toString();
        assertTrue(message.startsWith("calfcheck: unexpected error: java.lang.IllegalStateException: boom"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void contentProblemsThrownByAnyCommandBecomeExitCodeTwo() throws Exception {
        Files.delete(dir.resolve("causes.json"));
        CommandLine cli = Main.commandLineFor();
        cli.addSubcommand(new LoadsContent());

        assertEquals(2, run(cli, "--content", dir.toString(), "load"));

        assertTrue(err.toString().startsWith("causes.json: file is missing from " + dir), err::toString);
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Command(name = "load")
    static final class LoadsContent implements Callable<Integer> {
        @CommandLine.ParentCommand
        private Main main;

        @Override
        public Integer call() throws Exception {
            main.contentSource().load();
            return 0;
        }
    }

    @Test
    void aBoundThatIsNotAFiniteNumberIsAContentProblemWithFileAndPath() throws Exception {
        Path questionnaire = dir.resolve("questionnaire.json");
        Files.writeString(questionnaire, Files.readString(questionnaire)
                .replaceFirst("\"max\": 500", "\"max\": 1e309"));
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, Files.readString(rules).replaceFirst("\"value\": 8", "\"value\": -1e400"));

        assertEquals(2, run("validate-content", dir.toString()));

        assertTrue(err.toString().contains("questionnaire.json") && err.toString().contains(".range.max"),
                err.toString());
        assertTrue(err.toString().contains("rules.json") && err.toString().contains(".value"), err.toString());
        assertTrue(err.toString().contains("finite"), err.toString());
    }
}
