package org.calfcheck.ui;

import java.util.Optional;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;

/**
 * A finished questionnaire: what the runner answered and what the engine made of it, and whose it is when a
 * coach reprints it from a client's history (the sheet then carries that name).
 */
public record CompletedCheck(Answers answers, Assessment assessment, Optional<String> name) {

    public CompletedCheck(Answers answers, Assessment assessment) {
        this(answers, assessment, Optional.empty());
    }
}
