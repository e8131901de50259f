package org.calfcheck.engine;

import java.util.List;

/** An answers file that cannot be read as answers; {@link #problems()} lists every problem found. */
public final class AnswersFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public AnswersFormatException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem with where it is: "line 3, column 7: …" or "$.answers.pain_now: …". */
    public List<String> problems() {
        return problems;
    }
}
