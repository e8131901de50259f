package org.calfcheck.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for a terminal: word-wrapped with a first-line indent and a hanging indent, and made safe, so a name or key
 * holding a newline or an escape sequence can neither print a fake row nor drive the terminal.
 */
final class TerminalText {

    static final int WIDTH = 80;

    private TerminalText() {
    }

    static List<String> wrap(String text, String firstIndent, String restIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        int empty = firstIndent.length();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(restIndent);
                empty = restIndent.length();
            }
            if (line.length() > empty) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The text on one line with every control character written as an escape ({@code \n}, {@code \t},
     * {@code \\u001B}), and the backslash doubled so an escape cannot be faked.
     */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F
                            || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** As {@link #safe}, but keeps line breaks: for messages that are several lines on purpose. */
    static String safeLines(String text) {
        return String.join("\n", java.util.Arrays.stream(text.split("\n", -1)).map(TerminalText::safe).toList());
    }
}
