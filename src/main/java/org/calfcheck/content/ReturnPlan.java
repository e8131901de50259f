package org.calfcheck.content;

import java.util.List;
import java.util.Optional;

/**
 * The return-to-run plan from {@code recovery-plan.json}: its stages in order, the pain-monitoring limits that
 * every stage shares, and the warning signs a daily check-in asks again.
 */
public record ReturnPlan(PainModel painModel, List<PlanStage> stages, List<WarningSign> warningSigns) {

    /** A plan with no stages, for content built in code that does not use the plan. */
    public static final ReturnPlan NONE = new ReturnPlan(new PainModel(5, 2, 1), List.of(), List.of());

    public ReturnPlan {
        stages = List.copyOf(stages);
        warningSigns = List.copyOf(warningSigns);
    }

    public Optional<PlanStage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int indexOf(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<WarningSign> warningSign(String id) {
        return warningSigns.stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
