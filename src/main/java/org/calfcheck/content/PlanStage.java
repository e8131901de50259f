package org.calfcheck.content;

import java.util.List;
import java.util.Optional;

/**
 * One stage of the return-to-run plan.
 *
 * @param today        what to do on a day in this stage, in a runner's words
 * @param running      whether this stage includes running
 * @param exercises    the daily exercises, by id, with the dose for this stage
 * @param moveOnWhen   when the runner may move to the next stage (empty for the last stage)
 * @param stepBackWhen when the runner goes back a stage (empty: this stage only holds)
 */
public record PlanStage(String id, String title, String today, boolean running, List<PlanExercise> exercises,
                        Optional<Condition> moveOnWhen, Optional<Condition> stepBackWhen) {

    public PlanStage {
        exercises = List.copyOf(exercises);
    }
}
