package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assess command run in-process on the packaged content and the vignettes' answers. */
class AssessCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        // as main runs it: a plain assess without picocli, anything else through it
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** The answers of a vignette, written to a file as a runner would have them. */
    static String vignetteAnswers(String vignette) throws IOException {
        try (var in = AssessCommandTest.class.getResourceAsStream("/vignettes/" + vignette)) {
            return new JsonMapper().readTree(in).get("answers").toString();
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void textStartsWithTheCareLevelAndEndsWithTheContentVersion() throws IOException {
        Path answers = file("answers.json", vignetteAnswers("urgent-clot-swollen-warm-no-risk-factor.json"));
        assertEquals(0, run("assess", answers.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("SEE A DOCTOR TODAY", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("Content version "), lines.get(lines.size() - 1));
        String text = out.toString();
        assertTrue(text.indexOf("Warning signs") < text.indexOf("Likely causes"));
        assertTrue(text.indexOf("Likely causes") < text.indexOf("Your routine"));
        assertTrue(text.indexOf("Your routine") < text.indexOf("Left out for now"));
        assertTrue(text.contains("because "));
        assertTrue(text.contains(AssessmentText.NOT_A_DIAGNOSIS.substring(0, 30)));
        assertTrue(lines.stream().allMatch(l -> l.length() <= TerminalText.WIDTH), "lines fit 80 columns");
    }

    @Test
    void partialAnswersThatMakeAnEmergencyCertainGetJustThatEmergency() throws IOException {
        Path answers = file("partial.json", "{\"answers\":{\"breathless_chest_pain\":\"yes\"}}");

        assertEquals(0, run("assess", answers.toString(), "--format", "json"), err.toString());

        JsonNode root = new JsonMapper().readTree(out.toString());
        assertEquals("EMERGENCY", root.get("careLevel").asText());
        List<String> flags = new ArrayList<>();
        root.get("redFlags").forEach(f -> flags.add(f.get("id").asText()));
        assertEquals(List.of("rf_clot_with_breathlessness"), flags, "only the flag that is certain");
        assertEquals(0, root.get("routine").get("stretches").size());
        assertEquals("", err.toString());
    }

    @Test
    void partialAnswersThatDecideNothingStillNameEveryMissingAnswer() throws IOException {
        Path answers = file("partial.json", "{\"answers\":{\"breathless_chest_pain\":\"no\"}}");

        assertEquals(Main.EXIT_BAD_INPUT, run("assess", answers.toString()));

        assertTrue(err.toString().contains("foot_cold_pale_numb"), err.toString());
        assertTrue(err.toString().contains("is required but has no answer"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void partialAnswersThatDecideAnEmergencyMustStillBeValid() throws IOException {
        Path answers = file("partial.json", "{\"answers\":{\"breathless_chest_pain\":\"yes\",\"pain_now\":12}}");

        assertEquals(Main.EXIT_BAD_INPUT, run("assess", answers.toString()));

        assertTrue(err.toString().contains("pain_now"), err.toString());
        assertFalse(err.toString().contains("required"), "answers still to come are not asked for: " + err);
    }

    @Test
    void jsonHasExactlyTheDocumentedFields() throws IOException {
        Path answers = file("answers.json", vignetteAnswers("urgent-clot-swollen-warm-no-risk-factor.json"));
        assertEquals(0, run("assess", answers.toString(), "--format", "json"), err.toString());
        JsonNode root = new JsonMapper().readTree(out.toString());
        assertEquals(List.of("careLevel", "careTitle", "redFlags", "causes", "routine", "withheld", "getHelpIf",
                "contentVersion"), fieldNames(root));
        assertTrue(root.get("getHelpIf").get(0).isTextual(), root.get("getHelpIf").toString());
        assertEquals("URGENT", root.get("careLevel").asText());
        assertEquals(List.of("id", "careLevel", "reason"), fieldNames(root.get("redFlags").get(0)));
        assertEquals(List.of("warmUp", "stretches", "recovery", "prevention", "untilSeen"),
                fieldNames(root.get("routine")));
        assertEquals("See a doctor today", root.get("careTitle").asText());
        assertTrue(root.get("routine").get("untilSeen").asBoolean());
        assertEquals(List.of("id", "because"), fieldNames(root.get("withheld").get(0)));
        JsonNode cause = root.get("causes").get(0);
        assertEquals(List.of("id", "strength", "evidence"), fieldNames(cause));
        assertEquals(List.of("for", "reason"), fieldNames(cause.get("evidence").get(0)));
        JsonNode item = root.get("routine").get("recovery").get(0);
        assertEquals(List.of("id", "title", "dose", "doseText", "because"), fieldNames(item));
        assertTrue(item.get("because").get(0).asText().contains("stop running"), item.toString());
        assertTrue(item.get("dose").isObject());
    }

    @Test
    void unitsOptionShowsDistancesInMiles() throws IOException {
        Path answers = file("answers.json", vignetteAnswers("self-care-mileage-jump-fifty-percent.json"));
        assertEquals(0, run("assess", answers.toString(), "--units", "mi"), err.toString());
        assertTrue(out.toString().contains(" miles"), out.toString());
        assertFalse(out.toString().contains(" km "), out.toString());
    }

    @Test
    void badAnswersListEveryProblemWithTheFileNameAndExitTwo() throws IOException {
        Path answers = file("answers.json", "{\"answers\": {\"pain_now\": 12, \"nonsense\": \"yes\"}}");
        assertEquals(2, run("assess", answers.toString()));
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.contains(answers + ": pain_now: 12 is out of range 0–10"), err.toString());
        assertTrue(lines.contains(answers + ": nonsense: is not a question in the questionnaire"), err.toString());
        assertTrue(lines.stream().allMatch(l -> l.startsWith(answers + ": ")), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void malformedJsonSaysWhereAndExitsTwo() throws IOException {
        Path answers = file("answers.json", "{\"answers\": {\n  \"pain_now\": ,\n}}");
        assertEquals(2, run("assess", answers.toString()));
        assertTrue(err.toString().startsWith(answers + ": line 2, column 15: "), err.toString());
    }

    @Test
    void aMissingFileExitsTwo() {
        assertEquals(2, run("assess", dir.resolve("nope.json").toString()));
        assertEquals(dir.resolve("nope.json") + ": no such file", err.toString().strip());
    }

    @Test
    void brokenContentListsItsProblemsAndExitsTwo() throws IOException {
        Path answers = file("answers.json", vignetteAnswers("self-care-new-runner-overuse.json"));
        Path content = Files.createDirectory(dir.resolve("content"));
        Files.writeString(content.resolve("manifest.json"), "{\"version\": ");
        assertEquals(2, run("--content", content.toString(), "assess", answers.toString()));
        assertTrue(err.toString().contains("manifest.json"), err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
