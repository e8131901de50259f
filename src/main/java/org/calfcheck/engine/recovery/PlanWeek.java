package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.PlanStage;

/**
 * The plan's current week, for the routine sheet: today's stage with its exercises and doses, what each of the
 * next seven days holds under today's decision, and what moving on (or stepping back) takes, in words. Only the
 * plan decides: a day after today says what the morning check-in can change, never that it will.
 *
 * @param today    today's decision and its reason
 * @param stage    the stage to do today, with its exercises
 * @param next     the title of the stage after this one, when there is one
 * @param days     today and the six days after it
 * @param moveOn   the tests that move the runner on from this stage (empty for the last stage)
 * @param stepBack the tests that send the runner back a stage (empty when this stage only holds)
 */
public record PlanWeek(PlanDay today, StageView stage, Optional<String> next, List<Day> days, List<String> moveOn,
                       List<String> stepBack) {

    /** Days the week covers, today included. */
    public static final int LENGTH = 7;

    public PlanWeek {
        days = List.copyOf(days);
        moveOn = List.copyOf(moveOn);
        stepBack = List.copyOf(stepBack);
    }

    /** One day of the week: what to do, and what that morning's check-in can change. */
    public record Day(LocalDate date, String todo, String note) {
    }

    /** True while a warning sign (or a missing clearance) holds the plan: the week then has no exercises to do. */
    public boolean paused() {
        return today.decision() == Decision.PAUSED;
    }

    static PlanWeek of(PlanDay today, StageView stage, PlanStage content, Optional<String> next) {
        List<String> moveOn = content.moveOnWhen().map(CriteriaText::rules).orElse(List.of());
        List<String> stepBack = content.stepBackWhen().map(CriteriaText::rules).orElse(List.of());
        int minimum = content.moveOnWhen().map(CriteriaText::minimumDays).orElse(0);
        List<Day> days = new ArrayList<>();
        for (int k = 0; k < LENGTH; k++) {
            LocalDate date = today.day().plusDays(k);
            if (today.decision() == Decision.PAUSED) {
                days.add(new Day(date, "No plan exercises: the plan is paused.", k == 0 ? today.reason()
                        : "The plan carries on only after a check-in without warning signs."));
                continue;
            }
            int inStage = today.daysInStage() + k;
            String note;
            if (k == 0) {
                note = today.reason();
            } else if (next.isEmpty()) {
                note = "Morning check-in: the plan keeps you here, and steps back if pain flares.";
            } else if (inStage >= minimum) {
                note = "Morning check-in: if the tests below are met, you move on to " + next.get() + ".";
            } else {
                note = "Morning check-in: too early to move on (day " + (inStage + 1) + " in this stage;"
                        + " moving on needs " + minimum + " days done).";
            }
            days.add(new Day(date, stage.today(), note));
        }
        return new PlanWeek(today, stage, next, days, moveOn, stepBack);
    }
}
