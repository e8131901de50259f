package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.calfcheck.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would ({@code java -jar target/calfcheck.jar ...}). */
class CommandLineIT {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    private Run calfcheck(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("calfcheck.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the jar is built by mvn package");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcalfcheck.home=" + temp.resolve("home"), "-Djava.awt.headless=true", "-jar", jar));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "calfcheck did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheAppAndContentVersions() throws Exception {
        Run run = calfcheck("--version");

        assertEquals(0, run.exit(), run::err);
        assertTrue(run.out().matches("CalfCheck \\d+\\.\\d+\\.\\d+ \\(content \\d+\\.\\d+\\.\\d+\\)\\R"), run::out);
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = calfcheck("--help");

        assertEquals(0, run.exit(), run::err);
        assertTrue(run.out().contains("validate-content"), run::out);
        assertTrue(run.out().contains("--content=DIR"), run::out);
    }

    @Test
    void theShippedContentIsValid() throws Exception {
        assumeTrue(ContentLoader.FILES.stream().allMatch(f -> Files.isRegularFile(Path.of("content", f))),
                "the shipped content is not complete on this branch yet (the lead merges it)");

        Run run = calfcheck("validate-content");

        assertEquals(0, run.exit(), run::err);
        assertTrue(run.out().startsWith("OK: content "), run::out);
        assertTrue(run.out().contains("from packaged content"), run::out);
    }

    @Test
    void brokenContentNamesEveryFileAndProblemWithExitCodeTwo() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Path valid = Path.of(getClass().getResource("/content-fixtures/valid").toURI());
        try (Stream<Path> files = Files.list(valid)) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        replace(content.resolve("causes.json"), "\"id\": \"overuse\",", "\"id\": \"overuse\",,");
        replace(content.resolve("exercises.json"), "\"title\": \"Heel raises\",", "");
        replace(content.resolve("rules.json"), "\"item\": \"pg_ten_percent\"", "\"item\": \"pg_eleven_percent\"");
        replace(content.resolve("redflags.json"), "\"careLevel\": \"SOON\"", "\"careLevel\": \"WHENEVER\"");

        Run run = calfcheck("validate-content", content.toString());

        assertEquals(2, run.exit(), run::out);
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).matches("causes\\.json line 4, column \\d+: malformed JSON: .+"), run::err);
        assertTrue(lines.contains("exercises.json $.exercises[2].title: missing required field \"title\""), run::err);
        assertTrue(lines.contains("redflags.json $.redFlags[1].careLevel: unknown care level \"WHENEVER\""
                + " (expected one of SELF_CARE, SOON, URGENT, EMERGENCY)"), run::err);
        assertTrue(lines.contains("rules.json $.rules[2].effects[1].item: unknown item \"pg_eleven_percent\""
                + " (no exercise, recovery step or advice has this id)"), run::err);
        assertEquals("4 problems in the content from " + content, lines.get(lines.size() - 1));
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void aMissingFolderIsBadInputNotACrash() throws Exception {
        Run run = calfcheck("--content", temp.resolve("nowhere").toString(), "validate-content");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith(temp.resolve("nowhere") + ": no such folder"), run::err);
    }

    @Test
    void logsGoToTheStateFolderUnderCalfcheckHome() throws Exception {
        // a clean run logs nothing (commands start logging only when they have something to say);
        // an empty content folder is logged as a content problem: one missing file for each content file
        Path empty = Files.createDirectories(temp.resolve("empty"));
        calfcheck("validate-content", empty.toString());

        Path log = temp.resolve("home").resolve("state").resolve("calfcheck.log");
        assertTrue(Files.isRegularFile(log), "no log at " + log);
        assertTrue(Files.readString(log).contains("has " + org.calfcheck.content.ContentLoader.FILES.size() + " problem(s)"), () -> "log lacks the content problems: " + log);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
