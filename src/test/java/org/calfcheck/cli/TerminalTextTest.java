package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void longTextWrapsAtEightyColumnsWithAHangingIndent() {
        List<String> lines = TerminalText.wrap("word ".repeat(40), "  - ", "    ");
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().allMatch(l -> l.length() <= TerminalText.WIDTH));
        assertTrue(lines.get(0).startsWith("  - word"));
        assertTrue(lines.get(1).startsWith("    word"));
    }

    @Test
    void shortTextStaysOnOneLine() {
        assertEquals(List.of("  hello there"), TerminalText.wrap(" hello   there ", "  ", "    "));
    }

    @Test
    void aWordLongerThanALineGetsItsOwnLine() {
        String longWord = "x".repeat(90);
        assertEquals(List.of("a", longWord, "b"), TerminalText.wrap("a " + longWord + " b", "", ""));
    }
}
