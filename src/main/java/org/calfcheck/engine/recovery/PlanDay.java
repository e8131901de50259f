package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.RaisedFlag;

/**
 * The plan's word for one day: what to do today and why.
 *
 * @param stageId    the stage to do today (after the decision)
 * @param daysInStage whole days done in that stage before today
 * @param reason     the decision in a runner's words ("you can progress: …")
 * @param careLevel  while paused, the care level the warning signs gave; otherwise the plan's starting level
 * @param flags      the red flags a warning sign raised (empty unless paused by one)
 * @param checkIn    the day's check-in, when there was one
 */
public record PlanDay(LocalDate day, Decision decision, String stageId, int daysInStage, String reason,
                      CareLevel careLevel, List<RaisedFlag> flags, Optional<CheckIn> checkIn) {

    public PlanDay {
        flags = List.copyOf(flags);
    }
}
