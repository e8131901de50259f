package org.calfcheck.engine.recovery;

import static org.calfcheck.engine.recovery.Runners.START;
import static org.calfcheck.engine.recovery.Runners.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Engine;
import org.junit.jupiter.api.Test;

/** Simulated runners through the shipped plan: what each day's check-in makes of the plan, and why. */
class RecoveryPlanTest {

    private static final Engine ENGINE = Runners.engine();

    private final RecoveryPlan plan = new RecoveryPlan(ENGINE);
    private final PlanStart start = Runners.selfCareStart();

    private List<PlanDay> days(List<CheckIn> checkIns) {
        return plan.days(start, List.of(), checkIns, checkIns.get(checkIns.size() - 1).day());
    }

    private static boolean running(String stageId) {
        return ENGINE.content().plan().stage(stageId).orElseThrow().running();
    }

    @Test
    void tenDaysOfLowSettlingPainReachRunning() {
        List<PlanDay> days = days(Runners.lowSettlingPain(10));

        assertEquals(10, days.size());
        assertEquals("plan_rest_settle", days.get(0).stageId());
        PlanDay last = days.get(9);
        assertTrue(running(last.stageId()), last.toString());
        assertEquals("plan_easy_runs", last.stageId());
        assertTrue(days.stream().noneMatch(d -> d.decision() == Decision.STEP_BACK || d.decision() == Decision.PAUSED));
    }

    @Test
    void aProgressSaysWhyInTheRunnersWords() {
        PlanDay moved = days(Runners.lowSettlingPain(10)).stream()
                .filter(d -> d.decision() == Decision.PROGRESS).skip(2).findFirst().orElseThrow();

        assertEquals("You can progress to Easy runs: yesterday's run was 1/10 and gone by this morning.", moved.reason());
    }

    @Test
    void aDayAtSevenOutOfTenStepsBack() {
        List<CheckIn> checkIns = new ArrayList<>(Runners.lowSettlingPain(7));
        checkIns.add(day(7, Activity.RUN, 7, 6, 3));

        PlanDay last = days(checkIns).get(7);

        assertEquals(Decision.STEP_BACK, last.decision());
        assertEquals("plan_walk_load", last.stageId());
        assertTrue(last.reason().startsWith("Step back to Walk and load: yesterday's run was 7/10 (6/10 after) and 3/10"
                + " this morning; pain during activity 7 (needs at least 7)"), last.reason());
    }

    @Test
    void painStillThereInTheMorningHolds() {
        List<CheckIn> checkIns = new ArrayList<>(Runners.lowSettlingPain(4));
        checkIns.add(day(4, Activity.WALK, 3, 3, 3));

        PlanDay last = days(checkIns).get(4);

        assertEquals(Decision.HOLD, last.decision());
        assertEquals("plan_walk_load", last.stageId());
        assertEquals("Hold at Walk and load: the pain was still 3/10 this morning; it should be settled (2/10 or"
                + " less) by the morning before you do more.", last.reason());
    }

    @Test
    void painAboveFiveHoldsEvenWhenItSettles() {
        List<CheckIn> checkIns = new ArrayList<>(Runners.lowSettlingPain(4));
        checkIns.add(day(4, Activity.WALK, 6, 4, 1));

        PlanDay last = days(checkIns).get(4);

        assertEquals(Decision.HOLD, last.decision());
        assertTrue(last.reason().contains("above the 5/10 that is acceptable"), last.reason());
    }

    @Test
    void aHoldNamesTheCriteriaNotMetYet() {
        PlanDay first = days(Runners.lowSettlingPain(1)).get(0);

        assertEquals(Decision.HOLD, first.decision());
        assertEquals("Hold at Rest and settle: yesterday's rest day was 1/10 and gone by this morning, which is fine,"
                + " but not ready to move on yet: days done in this stage 0 (needs at least 2).", first.reason());
    }

    @Test
    void unevenHeelRaisesKeepTheRunnerWalking() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (CheckIn c : Runners.lowSettlingPain(10)) {
            checkIns.add(new CheckIn(c.day(), c.activity(), c.minutes(), c.painDuring(), c.painAfter(),
                    c.painMorning(), c.stiffnessMorning(), Optional.of(15), Optional.of(25), c.hopsPainFree(),
                    c.warningSigns()));
        }

        PlanDay last = days(checkIns).get(9);

        assertEquals("plan_walk_load", last.stageId());
        assertTrue(last.reason().contains("sore-side heel raises as % of the other side 60 (needs at least 90)"),
                last.reason());
    }

    @Test
    void breathlessnessPausesThePlanAtEmergency() {
        List<CheckIn> checkIns = new ArrayList<>(Runners.lowSettlingPain(5));
        checkIns.add(Runners.withWarning(day(5, Activity.WALK, 1, 1, 0), "ws_breathless"));

        PlanDay last = days(checkIns).get(5);

        assertEquals(Decision.PAUSED, last.decision());
        assertEquals(CareLevel.EMERGENCY, last.careLevel());
        assertFalse(last.flags().isEmpty());
        assertTrue(last.reason().startsWith("Paused: you reported short of breath"), last.reason());
    }

    @Test
    void warmthAloneStillPausesAtLeastForAProfessionalLook() {
        List<CheckIn> checkIns = new ArrayList<>(Runners.lowSettlingPain(3));
        checkIns.add(Runners.withWarning(day(3, Activity.WALK, 1, 1, 0), "ws_warmth"));

        PlanDay last = days(checkIns).get(3);

        assertEquals(Decision.PAUSED, last.decision());
        assertTrue(last.careLevel().compareTo(CareLevel.SOON) >= 0, last.careLevel().toString());
    }

    @Test
    void anUrgentPauseResumesOnlyAfterAClearance() {
        List<CheckIn> checkIns = new ArrayList<>(Runners.lowSettlingPain(5));
        checkIns.add(Runners.withWarning(day(5, Activity.WALK, 1, 1, 0), "ws_breathless"));
        checkIns.add(day(6, Activity.REST, 0, 0, 0));
        checkIns.add(day(7, Activity.REST, 0, 0, 0));

        List<PlanDay> uncleared = plan.days(start, List.of(), checkIns, START.plusDays(7));
        List<PlanDay> cleared = plan.days(start, List.of(new Clearance(START.plusDays(7), "GP: scan clear")),
                checkIns, START.plusDays(7));

        assertEquals(Decision.PAUSED, uncleared.get(7).decision());
        assertEquals(Decision.PAUSED, cleared.get(6).decision());
        assertEquals(Decision.HOLD, cleared.get(7).decision());
        assertEquals(CareLevel.SELF_CARE, cleared.get(7).careLevel());
    }

    @Test
    void aPlanNeverStartsAtUrgentWithoutAClearance() {
        PlanStart urgent = new PlanStart(START, start.baseline(), CareLevel.URGENT);

        assertTrue(RecoveryPlan.whyNotStart(CareLevel.URGENT, List.of(), START).isPresent());
        assertTrue(RecoveryPlan.whyNotStart(CareLevel.EMERGENCY, List.of(), START).isPresent());
        assertEquals(Optional.empty(), RecoveryPlan.whyNotStart(CareLevel.SOON, List.of(), START));
        assertEquals(Optional.empty(), RecoveryPlan.whyNotStart(CareLevel.URGENT,
                List.of(new Clearance(START, "physio")), START));
        assertTrue(plan.days(urgent, List.of(), Runners.lowSettlingPain(10), START.plusDays(9)).stream()
                .allMatch(d -> d.decision() == Decision.PAUSED));
    }

    @Test
    void aDayWithoutACheckInHolds() {
        List<CheckIn> checkIns = Runners.lowSettlingPain(3);

        List<PlanDay> days = plan.days(start, List.of(), checkIns, START.plusDays(3));

        assertEquals(Decision.HOLD, days.get(3).decision());
        assertEquals("No check-in today: keep to Walk and load.", days.get(3).reason());
    }

    @Test
    void rightAfterASteadyWeekARiseInWeeklyPainHolds() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            checkIns.add(day(n, Activity.WALK, 0, 0, 0));
        }
        for (int n = 7; n < 14; n++) {
            checkIns.add(day(n, Activity.RUN, 3, 3, 1));
        }

        List<PlanDay> days = days(checkIns);

        PlanDay last = days.get(13);
        assertEquals(Decision.HOLD, last.decision());
        assertTrue(last.reason().contains("pain during activity averaged 3.0/10 this week against"), last.reason());
    }

    @Test
    void aStageShowsItsOwnDoseOverTheExercisesUsualOne() {
        StageView walkRun = plan.stage("plan_walk_run").orElseThrow();

        assertEquals(3, walkRun.number());
        assertEquals(5, walkRun.of());
        StageView.Item raises = walkRun.exercises().stream().filter(i -> i.id().equals("str_heel_raises"))
                .findFirst().orElseThrow();
        assertEquals("10–15 reps · 3 sets · each side · on one leg", raises.dose());
        assertEquals(Optional.empty(), plan.stage("no_such_stage"));
    }
}
