package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.calfcheck.fuzz.FuzzRun;
import org.calfcheck.fuzz.Mutator;
import org.junit.jupiter.api.Test;

/**
 * The store's values as the command line prints them: any name, note or problem is one line of printable text,
 * and a list of problems is capped, whatever bytes went in.
 */
class TextOutputFuzzTest {

    private static boolean printable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    @Test
    void anyNameOrNotePrintsAsOneLineOfPrintableText() throws Exception {
        Mutator names = new Mutator(42L, List.of("Sam Runner", "Zoë Łukasiewicz", "李小龍", "a\nb\u001b[2J",
                "\u202Eevil\u202C", "C:\\Users\\sam", "\u0007\u0008\u007f\u009b"));
        FuzzRun.run("terminal-text", names, Mutator.inputs() * 10, bytes -> {
            String name = new String(bytes, StandardCharsets.UTF_8);
            String safe = TerminalText.safe(name);
            assertTrue(printable(safe), safe);
            assertFalse(safe.contains("\n"));
            StringWriter err = new StringWriter();
            ProblemList.print(List.of(name, name + name), name, new PrintWriter(err));
            assertEquals(2, err.toString().lines().count(), "one line per problem");
            assertTrue(err.toString().lines().allMatch(TextOutputFuzzTest::printable));
        });
    }
}
