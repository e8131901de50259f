package org.calfcheck.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An answers file that cannot be read as answers; {@link #problems()} lists every problem found. */
public final class AnswersFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final transient Optional<Answers> wellFormed;
    private final Set<String> malformed;

    public AnswersFormatException(List<String> problems) {
        this(problems, Optional.empty(), Set.of());
    }

    /**
     * @param wellFormed the answers that could be read, when the file's shape was right, so they can be checked
     *                   against the questionnaire too and every problem reported in one run
     * @param malformed  the question ids whose values could not be read
     */
    public AnswersFormatException(List<String> problems, Optional<Answers> wellFormed, Set<String> malformed) {
        super(String.join("; ", problems.subList(0, Math.min(problems.size(), 20))));
        this.problems = List.copyOf(problems);
        this.wellFormed = wellFormed;
        this.malformed = Set.copyOf(malformed);
    }

    /** The answers that could be read; empty when the file's shape itself was wrong. */
    public Optional<Answers> wellFormed() {
        return wellFormed;
    }

    /** The question ids whose values could not be read. */
    public Set<String> malformed() {
        return malformed;
    }

    /** Each problem with where it is: "line 3, column 7: …" or "$.answers.pain_now: …". */
    public List<String> problems() {
        return problems;
    }
}
