package org.calfcheck.cli;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text for a terminal, with a first-line indent and a hanging indent for the lines after it. */
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
}
