package org.calfcheck.content;

import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code recovery-plan.json} onto a {@link ReturnPlan}. */
final class ReturnPlanMapper {

    private static final int MAX_PAIN = 10;

    private ReturnPlanMapper() {
    }

    static ReturnPlan read(JsonTreeReader root) {
        root.allowFields("painModel", "stages", "warningSigns");
        PainModel model = root.object("painModel", true).map(ReturnPlanMapper::painModel)
                .orElse(ReturnPlan.NONE.painModel());
        return new ReturnPlan(model, root.objects("stages", Need.NON_EMPTY, ReturnPlanMapper::stage),
                root.objects("warningSigns", Need.NON_EMPTY, ReturnPlanMapper::warningSign));
    }

    private static PainModel painModel(JsonTreeReader p) {
        p.allowFields("acceptableDuring", "settledMorning", "weeklyRise");
        return new PainModel(p.integer("acceptableDuring", 0, MAX_PAIN), p.integer("settledMorning", 0, MAX_PAIN),
                p.integer("weeklyRise", 0, MAX_PAIN));
    }

    private static PlanStage stage(JsonTreeReader s) {
        s.allowFields("id", "title", "today", "running", "exercises", "moveOnWhen", "stepBackWhen");
        return new PlanStage(s.id("id"), s.text("title"), s.text("today"), s.flag("running", false),
                s.objects("exercises", Need.NON_EMPTY, ReturnPlanMapper::exercise),
                ConditionMapper.read(s, "moveOnWhen", false), ConditionMapper.read(s, "stepBackWhen", false));
    }

    private static PlanExercise exercise(JsonTreeReader e) {
        e.allowFields("item", "dose");
        return new PlanExercise(e.id("item"), DoseMapper.read(e));
    }

    private static WarningSign warningSign(JsonTreeReader w) {
        w.allowFields("id", "label", "question", "answer");
        return new WarningSign(w.id("id"), w.text("label"), w.id("question"), w.text("answer"));
    }
}
