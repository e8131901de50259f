package org.calfcheck.store;

import java.time.LocalDate;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.recovery.PlanStart;

/**
 * A client's recovery plan as stored: when it started, from which saved assessment, at which care level, and that
 * check's answers (kept here, so re-triage still works if the assessment is deleted or the plan is imported).
 */
public record StoredPlan(LocalDate startedOn, Optional<Long> fromAssessment, CareLevel careLevel, Answers baseline) {

    public PlanStart start() {
        return new PlanStart(startedOn, baseline, careLevel);
    }
}
