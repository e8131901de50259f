package org.calfcheck.ui;

import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;

/** A finished questionnaire: what the runner answered and what the engine made of it. */
public record CompletedCheck(Answers answers, Assessment assessment) {
}
