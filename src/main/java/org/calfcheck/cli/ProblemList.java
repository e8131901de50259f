package org.calfcheck.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints problems with an input, one per line, each prefixed with the input's name. Every problem is reported up
 * to a cap, and each line is cut short: a list of a million wrong elements or a 15 MB string must not become
 * a hundred megabytes of messages. What is left out is counted.
 */
final class ProblemList {

    static final int MAX_PROBLEMS = 100;
    static final int MAX_LINE = 300;

    private ProblemList() {
    }

    static void print(List<String> problems, String inputName, PrintWriter err) {
        String name = TerminalText.safe(inputName);
        problems.stream().limit(MAX_PROBLEMS).forEach(p -> err.println(name + ": " + cut(TerminalText.safe(p))));
        if (problems.size() > MAX_PROBLEMS) {
            err.println(name + ": … and " + (problems.size() - MAX_PROBLEMS) + " more problems of the same kinds"
                    + " (" + problems.size() + " in all)");
        }
        err.flush();
    }

    static String cut(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "… (" + line.length()
                + " characters in all)";
    }
}
