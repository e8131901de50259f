package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code assess} does with hostile or broken input: a message and exit 2, never a crash or a flood. */
class AssessInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String... args) {
        // as main runs it: a plain assess without picocli, anything else through it
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void tenWronglyTypedAnswersOfTwoKindsAreAllReportedInOneRun() throws Exception {
        Path file = Files.writeString(dir.resolve("ten.json"), """
                {"answers": {"pain_now": true, "pain_days": false, "felt_pop": true, "warmth": null,
                 "which_leg": {}, "swelling": 3, "onset": 4, "can_bear_weight": 5, "had_before": 6,
                 "range_of_motion": 7}}""");
        assertEquals(2, run("assess", file.toString()));
        for (String id : new String[] {"pain_now", "pain_days", "felt_pop", "warmth", "which_leg", "swelling",
                "onset", "can_bear_weight", "had_before", "range_of_motion"}) {
            assertTrue(err.toString().contains(id), id + " is reported: " + err);
        }
    }

    @Test
    void aFileOverTheCapIsRefusedInWords() throws Exception {
        Path big = Files.write(dir.resolve("big.json"), " ".repeat(AssessCommand.ANSWERS_CAP_BYTES + 1)
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(2, run("assess", big.toString()));
        assertTrue(err.toString().contains("big.json: is larger than 4 MB"), err.toString());
    }

    @Test
    void endlessStandardInputIsCutOffAtTheCap() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        System.setIn(new FileInputStream(zero.toFile()));
        assertEquals(2, run("assess", "-"));
        assertTrue(err.toString().contains("stdin: is larger than"), err.toString());
        assertEquals(2, run("assess", zero.toString()));
        assertTrue(err.toString().contains("/dev/zero: is larger than"), err.toString());
    }

    @Test
    void invalidUtf8OnStandardInputIsRefusedLikeInAFile() throws Exception {
        byte[] bytes = {'{', '"', 'a', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        System.setIn(new ByteArrayInputStream(bytes));
        assertEquals(2, run("assess", "-"));
        assertTrue(err.toString().contains("stdin: is not UTF-8 text"), err.toString());
        Path file = Files.write(dir.resolve("bad.json"), bytes);
        assertEquals(2, run("assess", file.toString()));
        assertTrue(err.toString().contains("bad.json: is not UTF-8 text"), err.toString());
    }

    @Test
    void aByteOrderMarkIsReadPastAsInTheContent() throws Exception {
        String answers = AssessCommandTest.vignetteAnswers("self-care-no-rest-days.json");
        Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + answers);
        assertEquals(0, run("assess", file.toString()), err.toString());
    }

    @Test
    void aMillionWrongElementsAreSummarisedNotListed() throws Exception {
        String list = "[" + "1,".repeat(999_999) + "1]";
        Path file = Files.writeString(dir.resolve("many.json"), "{\"answers\": {\"pain_areas\": " + list + "}}");
        assertEquals(2, run("assess", file.toString()));
        assertTrue(err.toString().lines().count() <= ProblemList.MAX_PROBLEMS + 1, "capped");
        assertTrue(err.toString().contains("999990 more elements are not strings"), err.toString());
    }

    @Test
    void aLongValueIsEchoedCutShort() throws Exception {
        Path file = Files.writeString(dir.resolve("long.json"), "{\"answers\": {\"which_leg\": \""
                + "x".repeat(3_000_000) + "\"}}");
        assertEquals(2, run("assess", file.toString()));
        assertTrue(err.toString().length() < 10_000, "the message is short: " + err.toString().length());
        assertTrue(err.toString().contains("characters in all"), err.toString());
    }

    @Test
    void anUnknownKeyWithTerminalEscapesIsEchoedEscaped() throws Exception {
        Path file = Files.writeString(dir.resolve("esc.json"), "{\"answers\": {\"\\u001b[31mred\\nfake\": \"yes\"}}");
        assertEquals(2, run("assess", file.toString()));
        assertFalse(err.toString().contains("\u001b"), "no raw escape character");
        assertTrue(err.toString().contains("\\u001B[31mred\\nfake"), err.toString());
    }

    @Test
    void nestingTooDeepIsReportedWithLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"answers\":\n" + "[".repeat(1500));
        assertEquals(2, run("assess", file.toString()));
        assertTrue(err.toString().contains("line 2, column"), err.toString());
        assertTrue(err.toString().contains("nested more than 1000 levels deep"), err.toString());
    }
}
