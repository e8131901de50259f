package org.calfcheck.engine.recovery;

import java.util.List;
import org.calfcheck.content.PainModel;
import org.calfcheck.content.PlanStage;
import org.calfcheck.content.ReturnPlan;
import org.calfcheck.engine.KnownFacts;
import org.calfcheck.engine.Truth;

/**
 * One check-in day's decision in a stage, by the pain-monitoring model (Silbernagel et al. 2007): pain during and
 * after activity up to the acceptable level, settled by the morning and not rising, lets the stage's own move-on
 * criteria decide; more pain holds; the stage's step-back criteria step back. Only a TRUE criterion acts: an
 * unknown one (a test not done) neither moves on nor steps back.
 */
final class DayDecider {

    record Outcome(Decision decision, int stage, String reason) {
    }

    private final ReturnPlan plan;

    DayDecider(ReturnPlan plan) {
        this.plan = plan;
    }

    Outcome decide(int index, DayFacts facts) {
        PlanStage stage = plan.stages().get(index);
        PainModel model = plan.painModel();
        KnownFacts known = facts.known();
        CheckIn today = facts.today();
        String pain = pain(today);
        if (stage.stepBackWhen().filter(when -> known.test(when) == Truth.TRUE).isPresent()) {
            List<String> why = CriteriaText.met(stage.stepBackWhen().get(), known);
            if (index == 0) {
                return new Outcome(Decision.HOLD, index, "Hold at " + stage.title() + ": " + pain + "; "
                        + String.join("; ", why) + ".");
            }
            PlanStage back = plan.stages().get(index - 1);
            return new Outcome(Decision.STEP_BACK, index - 1, "Step back to " + back.title() + ": " + pain + "; "
                    + String.join("; ", why) + ". Do less for a few days and let it settle.");
        }
        if (today.painDuring() > model.acceptableDuring() || today.painAfter() > model.acceptableDuring()) {
            return hold(index, stage, pain + ", above the " + model.acceptableDuring()
                    + "/10 that is acceptable; do no more than before until it is lower");
        }
        if (!facts.settled()) {
            return hold(index, stage, "the pain was still " + today.painMorning() + "/10 this morning; it should"
                    + " be settled (" + model.settledMorning() + "/10 or less) by the morning before you do more");
        }
        if (facts.rising()) {
            return hold(index, stage, facts.risingWhy() + "; wait until it stops rising");
        }
        if (index == plan.stages().size() - 1) {
            return hold(index, stage, pain + ", which is fine: keep building as planned");
        }
        if (stage.moveOnWhen().filter(when -> known.test(when) == Truth.TRUE).isPresent()) {
            PlanStage next = plan.stages().get(index + 1);
            return new Outcome(Decision.PROGRESS, index + 1, "You can progress to " + next.title() + ": " + pain
                    + ".");
        }
        List<String> unmet = stage.moveOnWhen().map(when -> CriteriaText.unmet(when, known)).orElse(List.of());
        return hold(index, stage, pain + ", which is fine, but not ready to move on yet: "
                + String.join("; ", unmet));
    }

    private static Outcome hold(int index, PlanStage stage, String why) {
        return new Outcome(Decision.HOLD, index, "Hold at " + stage.title() + ": " + why + ".");
    }

    /** "yesterday's run was 2/10 and gone by this morning". */
    static String pain(CheckIn c) {
        String during = c.activity() == Activity.REST
                ? "yesterday's rest day was " + c.painDuring() + "/10"
                : "yesterday's " + c.activity().words() + " was " + c.painDuring() + "/10";
        String after = c.painAfter() != c.painDuring() ? " (" + c.painAfter() + "/10 after)" : "";
        String morning = c.painMorning() == 0 ? " and gone by this morning"
                : " and " + c.painMorning() + "/10 this morning";
        return during + after + morning;
    }
}
