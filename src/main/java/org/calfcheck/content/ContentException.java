package org.calfcheck.content;

import java.util.List;

/**
 * The content could not be loaded: every problem found, not just the first. Checked on purpose: content comes from
 * a folder an author edits, so every caller must decide how to show the problems (exit code 2, a dialog, a test).
 */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, grouped by file in loading order; never empty. */
    public List<ContentProblem> problems() {
        return problems;
    }

    private static String summary(List<ContentProblem> problems) {
        String first = problems.isEmpty() ? "" : ": " + problems.get(0);
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content" + first;
    }
}
