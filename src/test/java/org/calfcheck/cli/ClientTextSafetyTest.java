package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Names with line breaks or terminal escapes print as one escaped line, never a fake row or a command. */
class ClientTextSafetyTest {

    private static final String HOSTILE = "Sam\n     2  Fake Row  0\u001b[2J\u001b]0;owned\u0007";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLineFor(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void safeTextEscapesControlCharactersAndBackslashes() {
        assertEquals("a\\nb\\tc\\u001B[31m\\\\n", TerminalText.safe("a\nb\tc\u001b[31m\\n"));
        assertEquals("Zoë Łukasiewicz 李", TerminalText.safe("Zoë Łukasiewicz 李"));
        assertEquals("one\\u202Etwo", TerminalText.safe("one\u202Etwo"));
        assertEquals("line one\nline \\u001B two", TerminalText.safeLines("line one\nline \u001b two"));
    }

    @Test
    void addListAndExportPrintAHostileNameOnOneEscapedLine() {
        String data = dir.resolve("data").toString();
        assertEquals(0, run("client", "add", HOSTILE, "--notes", "a\u001b[31mnote", "--data-dir", data), err.toString());
        assertFalse(out.toString().contains("\u001b"));
        assertEquals(1, out.toString().lines().count(), out.toString());
        assertEquals(0, run("client", "list", "--data-dir", data), err.toString());
        assertEquals(2, out.toString().lines().count(), "a heading and one row: " + out);
        assertFalse(out.toString().contains("\u001b") || out.toString().contains("\u0007"));
        assertTrue(out.toString().contains("Sam\\n     2  Fake Row  0\\u001B[2J"), out.toString());
        assertEquals(0, run("client", "export", "1", "--out", dir.resolve("sam.json").toString(), "--data-dir", data),
                err.toString());
        assertEquals(1, out.toString().lines().count(), out.toString());
        assertFalse(out.toString().contains("\u001b"));
    }
}
