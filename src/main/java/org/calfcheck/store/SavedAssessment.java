package org.calfcheck.store;

import java.time.Instant;
import java.util.Optional;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;

/**
 * An assessment exactly as it was computed when it was saved, with the answers that produced it.
 * Never recomputed: later content changes do not touch it.
 */
public record SavedAssessment(long id, long clientId, Instant takenAt, Answers answers, String contentVersion,
                              Assessment assessment, String coachNotes) {

    /** The "pain now" answer (0–10) when the runner gave a number, for the trend chart and comparisons. */
    public Optional<Double> painNow() {
        return answers.get(ClientStore.PAIN_QUESTION)
                .filter(Answer.Number.class::isInstance)
                .map(answer -> ((Answer.Number) answer).value());
    }
}
