package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;

/**
 * How a plan began: its first day, the check it started from (its answers re-triage warning signs later) and that
 * check's care level.
 */
public record PlanStart(LocalDate day, Answers baseline, CareLevel careLevel) {
}
