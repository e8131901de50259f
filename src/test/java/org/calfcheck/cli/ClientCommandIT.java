package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client commands run from the packaged jar, as a coach would run them. */
class ClientCommandIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run calfcheck(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcalfcheck.home=" + dir.resolve("home"), "-jar", System.getProperty("calfcheck.jar")));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "calfcheck finished");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private long seedSam() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir.resolve("data"), Fixtures.clock())) {
            Client sam = store.addClient("Sam Runner", "");
            store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "");
            store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(2), Fixtures.selfCare(), "");
            return sam.id();
        }
    }

    @Test
    void addThenListShowsTheClientAsJson() throws Exception {
        Run add = calfcheck("client", "add", "Sam Runner", "--notes", "left calf", "--data-dir", data());
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("Sam Runner"));
        Run list = calfcheck("--data-dir", data(), "client", "list", "--format", "json");
        assertEquals(0, list.exit(), list.err());
        JsonNode clients = new ObjectMapper().readTree(list.out());
        assertEquals("Sam Runner", clients.get(0).get("name").asText());
        assertEquals("left calf", clients.get(0).get("notes").asText());
    }

    @Test
    void historyAsJsonListsEachAssessmentWithCareLevelCausesAndPain() throws Exception {
        long sam = seedSam();
        Run history = calfcheck("client", "history", Long.toString(sam), "--format", "json", "--data-dir", data());
        assertEquals(0, history.exit(), history.err());
        JsonNode rows = new ObjectMapper().readTree(history.out()).get("history");
        assertEquals(2, rows.size());
        assertEquals("SOON", rows.get(0).get("careLevel").asText());
        assertEquals(7.0, rows.get(0).get("painNow").asDouble());
        assertEquals("Doing too much too soon", rows.get(1).get("topCauses").get(0).asText());
    }

    @Test
    void exportThenImportElsewhereRoundTripsAndAClashAsksForAChoice() throws Exception {
        long sam = seedSam();
        Path file = dir.resolve("sam.json");
        assertEquals(0, calfcheck("client", "export", Long.toString(sam), "--out", file.toString(),
                "--data-dir", data()).exit());
        Run again = calfcheck("client", "export", Long.toString(sam), "--out", file.toString(), "--data-dir", data());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--force"), again.err());

        String other = dir.resolve("other").toString();
        Run imported = calfcheck("client", "import", file.toString(), "--data-dir", other);
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported 2 assessments"), imported.out());

        Run clash = calfcheck("client", "import", file.toString(), "--data-dir", other);
        assertEquals(2, clash.exit());
        assertTrue(clash.err().contains("Sam Runner") && clash.err().contains("rename")
                && clash.err().contains("merge") && clash.err().contains("skip"), clash.err());
        Run renamed = calfcheck("client", "import", file.toString(), "--on-clash", "rename", "--data-dir", other);
        assertEquals(0, renamed.exit(), renamed.err());
        assertTrue(renamed.out().contains("Sam Runner (2)"), renamed.out());
    }

    @Test
    void assessWithSaveKeepsTheRealEnginesAssessmentInTheClientsHistory() throws Exception {
        Path answers = Files.writeString(dir.resolve("answers.json"),
                AssessCommandTest.vignetteAnswers("self-care-mileage-jump-fifty-percent.json"));
        assertEquals(0, calfcheck("client", "add", "Sam Runner", "--data-dir", data()).exit());
        Run assess = calfcheck("assess", answers.toString(), "--client", "1", "--save", "--format", "json",
                "--data-dir", data());
        assertEquals(0, assess.exit(), assess.err());
        assertTrue(assess.err().contains("Saved as assessment 1 for Sam Runner"), assess.err());
        JsonNode printed = new ObjectMapper().readTree(assess.out());
        JsonNode history = new ObjectMapper().readTree(calfcheck("client", "history", "1", "--format", "json",
                "--data-dir", data()).out()).get("history");
        assertEquals(1, history.size());
        assertEquals(printed.get("careLevel").asText(), history.get(0).get("careLevel").asText());
        assertEquals(3.0, history.get(0).get("painNow").asDouble());
        Path exported = dir.resolve("sam.json");
        assertEquals(0, calfcheck("client", "export", "1", "--out", exported.toString(), "--data-dir", data()).exit());
        JsonNode stored = new ObjectMapper().readTree(exported.toFile()).get("assessments").get(0).get("assessment");
        assertFalse(printed.get("causes").isEmpty());
        assertEquals(printed.get("causes").findValuesAsText("id"), stored.get("causes").findValuesAsText("id"));
        assertEquals(printed.get("contentVersion").asText(), stored.get("contentVersion").asText());

        Run unknown = calfcheck("assess", answers.toString(), "--client", "99", "--save", "--data-dir", data());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no client with id 99"), unknown.err());
        Run alone = calfcheck("assess", answers.toString(), "--save", "--data-dir", dir.resolve("alone").toString());
        assertEquals(0, alone.exit(), alone.err());
        assertTrue(alone.err().contains("for Me"), alone.err());
    }

    @Test
    void deleteWithoutYesAndWithoutATerminalRefusesAndKeepsTheClient() throws Exception {
        long sam = seedSam();
        Run refused = calfcheck("client", "delete", Long.toString(sam), "--data-dir", data());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("Delete Sam Runner and 2 assessments permanently?"), refused.err());
        assertTrue(refused.err().contains("--yes"));
        Run deleted = calfcheck("client", "delete", Long.toString(sam), "--yes", "--data-dir", data());
        assertEquals(0, deleted.exit(), deleted.err());
        assertEquals("[ ]", calfcheck("client", "list", "--all", "--format", "json", "--data-dir", data())
                .out().strip());
    }

    /**
     * On a real terminal delete asks, and only a yes deletes. The terminal is a pseudo-terminal from util-linux
     * {@code script}, which makes {@code System.console()} real for the child; where there is no such tool the test
     * is skipped and says so.
     */
    @Test
    void deleteOnATerminalAsksAndOnlyAYesDeletes() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "needs util-linux 'script' at /usr/bin/script to give the command a"
                + " terminal; the refusal without a terminal is tested above");
        long sam = seedSam();

        for (String answer : List.of("n", "", "nope")) {
            Run kept = onATerminal(script, answer, "client", "delete", Long.toString(sam), "--data-dir", data());
            assertEquals(0, kept.exit(), kept.out());
            assertTrue(kept.out().contains("Delete Sam Runner and 2 assessments permanently? [y/N]"), kept.out());
            assertTrue(kept.out().contains("Nothing was deleted."), kept.out());
        }
        assertTrue(calfcheck("client", "list", "--data-dir", data()).out().contains("Sam Runner"));

        Run deleted = onATerminal(script, "y", "client", "delete", Long.toString(sam), "--data-dir", data());

        assertEquals(0, deleted.exit(), deleted.out());
        assertTrue(deleted.out().contains("Deleted Sam Runner and 2 assessments."), deleted.out());
        assertFalse(calfcheck("client", "list", "--all", "--data-dir", data()).out().contains("Sam Runner"));
    }

    /** Runs calfcheck inside {@code script}'s pseudo-terminal and types {@code typed} and Enter into it. */
    private Run onATerminal(Path script, String typed, String... args) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcalfcheck.home=" + dir.resolve("home"), "-jar", System.getProperty("calfcheck.jar")));
        words.addAll(List.of(args));
        String command = String.join(" ", words.stream().map(ClientCommandIT::quoted).toList());
        Path typedFile = dir.resolve("typed.txt");
        Files.writeString(typedFile, typed + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("terminal.txt");
        Process process = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
                .redirectInput(typedFile.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "calfcheck finished");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), "");
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Test
    void badInputExitsTwoWithAMessageAndNoStackTrace() throws Exception {
        Run unknown = calfcheck("client", "history", "99", "--data-dir", data());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no client with id 99"), unknown.err());

        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "not json");
        Run badImport = calfcheck("client", "import", junk.toString(), "--data-dir", data());
        assertEquals(2, badImport.exit());
        assertTrue(badImport.err().contains(junk.toString()), badImport.err());

        Path corrupt = dir.resolve("corrupt");
        Files.createDirectories(corrupt);
        Files.writeString(corrupt.resolve(ClientStore.FILE_NAME), "this is a text file");
        Run refused = calfcheck("client", "list", "--data-dir", corrupt.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("calfcheck.db"), refused.err());
        for (Run run : List.of(unknown, badImport, refused)) {
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        assertEquals("this is a text file", Files.readString(corrupt.resolve(ClientStore.FILE_NAME)));
    }
}
