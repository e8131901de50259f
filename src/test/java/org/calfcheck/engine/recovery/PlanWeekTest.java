package org.calfcheck.engine.recovery;

import static org.calfcheck.engine.recovery.Runners.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.calfcheck.engine.Engine;
import org.junit.jupiter.api.Test;

/** The plan's week for the sheet, from simulated runners: early stage, running stage, paused. */
class PlanWeekTest {

    private static final Engine ENGINE = Runners.engine();

    private final RecoveryPlan plan = new RecoveryPlan(ENGINE);
    private final PlanStart start = Runners.selfCareStart();

    private PlanWeek week(List<CheckIn> checkIns) {
        return plan.week(start, List.of(), checkIns, checkIns.get(checkIns.size() - 1).day()).orElseThrow();
    }

    @Test
    void anEarlyStageWeekSaysNoRunningAndWhenMovingOnBecomesPossible() {
        PlanWeek week = week(Runners.lowSettlingPain(1));

        assertEquals("plan_rest_settle", week.stage().id());
        assertFalse(week.stage().running());
        assertFalse(week.paused());
        assertEquals(Optional.of("Walk and load"), week.next());
        assertEquals(PlanWeek.LENGTH, week.days().size());
        assertEquals(START, week.days().get(0).date());
        assertEquals(START.plusDays(6), week.days().get(6).date());
        assertTrue(week.days().stream().allMatch(d -> d.todo().equals(week.stage().today())));
        assertEquals(week.today().reason(), week.days().get(0).note());
        // the stage asks for 2 days done: day 2 is too early, day 3 may move on
        assertTrue(week.days().get(1).note().contains("too early to move on"), week.days().get(1).note());
        assertTrue(week.days().get(2).note().contains("you move on to Walk and load"), week.days().get(2).note());
        assertEquals(List.of("days done in this stage: at least 2", "pain during activity: at most 3",
                "pain settled by the morning: yes"), week.moveOn());
        assertEquals(List.of(), week.stepBack());
        assertEquals(List.of("rc_rest", "st_ankle_circles", "rc_elevate"),
                week.stage().exercises().stream().map(StageView.Item::id).toList());
    }

    @Test
    void aRunningStageWeekCarriesItsDosesAndItsStepBackTests() {
        PlanWeek week = week(Runners.lowSettlingPain(10));

        assertEquals("plan_easy_runs", week.stage().id());
        assertTrue(week.stage().running());
        assertEquals(Optional.of("Back to usual training"), week.next());
        assertFalse(week.stage().exercises().isEmpty());
        assertTrue(week.stage().exercises().stream().anyMatch(e -> !e.dose().isEmpty()), "doses in words");
        assertTrue(week.moveOn().contains("days done in this stage: at least 7"), week.moveOn().toString());
        assertEquals(List.of("pain during activity: at least 7", "pain this morning: at least 5"), week.stepBack());
        assertTrue(week.days().get(1).todo().contains("Run easily"), week.days().get(1).todo());
    }

    @Test
    void aPausedPlanSaysSoEveryDayAndOffersNoExercisesToDo() {
        List<CheckIn> checkIns = new java.util.ArrayList<>(Runners.lowSettlingPain(4));
        checkIns.add(Runners.withWarning(Runners.day(4, Activity.WALK, 1, 1, 0), "ws_night_pain"));

        PlanWeek week = week(checkIns);

        assertTrue(week.paused());
        assertEquals(Decision.PAUSED, week.today().decision());
        assertTrue(week.days().get(0).note().startsWith("Paused: you reported pain that wakes you at night"),
                week.days().get(0).note());
        assertTrue(week.days().stream().allMatch(d -> d.todo().contains("paused")));
        assertTrue(week.days().stream().skip(1).noneMatch(d -> d.note().contains("move on")));
    }

    @Test
    void theLastStageHasNothingToMoveOnTo() {
        List<CheckIn> many = Runners.lowSettlingPain(40);
        PlanWeek week = week(many);

        assertEquals("plan_usual_training", week.stage().id());
        assertEquals(Optional.empty(), week.next());
        assertEquals(List.of(), week.moveOn());
        assertTrue(week.days().stream().skip(1).noneMatch(d -> d.note().contains("move on")));
    }
}
