package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's assess command, run as a user runs it: {@code java -jar calfcheck.jar assess …}. */
class AssessCommandIT {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dcalfcheck.home=" + dir.resolve("home"), "-jar", System.getProperty("calfcheck.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finished");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private Path answers(String vignette) throws IOException {
        return Files.writeString(dir.resolve("answers.json"), AssessCommandTest.vignetteAnswers(vignette));
    }

    @Test
    void textFormatPrintsTheCareLevelFirst() throws Exception {
        Result r = run(null, "assess", answers("emergency-cold-pale-foot.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("CALL EMERGENCY SERVICES NOW\n"), r.out());
    }

    @Test
    void partialAnswersThatMakeAnEmergencyCertainPrintTheEmergency() throws Exception {
        Result r = run("{\"answers\":{\"breathless_chest_pain\":\"yes\"}}", "assess", "-", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        var root = new JsonMapper().readTree(r.out());
        assertEquals("EMERGENCY", root.get("careLevel").asText());
        assertEquals("rf_clot_with_breathlessness", root.get("redFlags").get(0).get("id").asText());
        assertEquals("", r.err());
    }

    @Test
    void jsonFormatIsValidJson() throws Exception {
        Result r = run(null, "assess", answers("soon-marked-swelling-both-calves.json").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("SOON", new JsonMapper().readTree(r.out()).get("careLevel").asText());
    }

    @Test
    void aDashReadsStandardInput() throws Exception {
        Result r = run(AssessCommandTest.vignetteAnswers("self-care-new-runner-overuse.json"), "assess", "-",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("SELF_CARE", new JsonMapper().readTree(r.out()).get("careLevel").asText());
    }

    @Test
    void badAnswersExitTwoWithEachProblemAndNoStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("answers.json"),
                "{\"answers\": {\"pain_now\": 12, \"breathless_chest_pain\": true}}");
        Result r = run(null, "assess", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(bad + ": $.answers.breathless_chest_pain: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());

        Path outOfRange = Files.writeString(dir.resolve("answers2.json"), "{\"answers\": {\"pain_now\": 12}}");
        Result r2 = run(null, "assess", outOfRange.toString());
        assertEquals(2, r2.exit());
        assertTrue(r2.err().contains(outOfRange + ": pain_now: 12 is out of range 0–10"), r2.err());
        assertTrue(r2.err().lines().count() > 10, "every missing required answer is listed too");
        assertFalse(r2.err().contains("\tat "), r2.err());
    }

    @Test
    void aMissingFileExitsTwo() throws Exception {
        Result r = run(null, "assess", dir.resolve("missing.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing.json: no such file"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
