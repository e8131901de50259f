package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names with line breaks or terminal escapes print as one escaped line, never a fake row or a command. */
class ClientTextSafetyTest {

    private static final String HOSTILE = "Sam\n     2  Fake Row  0\u001b[2J\u001b]0;owned\u0007";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

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
        assertEquals(0, cli.run("client", "add", HOSTILE, "--notes", "a\u001b[31mnote", "--data-dir", data), cli.err());
        assertFalse(cli.out().contains("\u001b"));
        assertEquals(1, cli.out().lines().count(), cli.out());
        assertEquals(0, cli.run("client", "list", "--data-dir", data), cli.err());
        assertEquals(2, cli.out().lines().count(), "a heading and one row: " + cli.out());
        assertFalse(cli.out().contains("\u001b") || cli.out().contains("\u0007"));
        assertTrue(cli.out().contains("Sam\\n     2  Fake Row  0\\u001B[2J"), cli.out());
        assertEquals(0, cli.run("client", "export", "1", "--out", dir.resolve("sam.json").toString(), "--data-dir", data),
                cli.err());
        assertEquals(1, cli.out().lines().count(), cli.out());
        assertFalse(cli.out().contains("\u001b"));
    }
}
