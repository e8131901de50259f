package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.PlanStage;
import org.calfcheck.content.ReturnPlan;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.RaisedFlag;

/**
 * The return-to-run plan played forward day by day: from the start, each day's check-in moves the runner on, holds
 * them or steps them back a stage, and any warning sign pauses the plan with the care level the check's red flags
 * give it. Pure and repeatable: the same start, clearances and check-ins always give the same days.
 *
 * <p>The pain-monitoring limits are enforced here, whatever a stage's criteria say: no progress on a day with
 * pain during or after activity above the acceptable level, pain not settled by the morning, rising pain or a
 * warning sign.
 */
public final class RecoveryPlan {

    private final ReturnPlan plan;
    private final org.calfcheck.content.Content content;
    private final WarningTriage triage;
    private final DayDecider decider;

    public RecoveryPlan(Engine engine) {
        this.plan = engine.content().plan();
        this.content = engine.content();
        this.triage = new WarningTriage(engine);
        this.decider = new DayDecider(plan);
    }

    /**
     * Why a plan cannot start on {@code day} from a check at {@code level}, or empty when it can: never at an urgent
     * or emergency level unless a professional cleared the runner on or before that day.
     */
    public static Optional<String> whyNotStart(CareLevel level, List<Clearance> clearances, LocalDate day) {
        if (level.compareTo(CareLevel.URGENT) < 0 || clearedBy(clearances, LocalDate.MIN, day)) {
            return Optional.empty();
        }
        return Optional.of("the check said " + level.name() + ": a recovery plan starts only once a doctor or"
                + " physiotherapist has seen you and cleared you (record it as a clearance)");
    }

    /** Every day from the start up to {@code today}, in order; empty before the start or with no stages. */
    public List<PlanDay> days(PlanStart start, List<Clearance> clearances, List<CheckIn> checkIns, LocalDate today) {
        List<PlanDay> days = new ArrayList<>();
        if (plan.stages().isEmpty()) {
            return days;
        }
        Map<LocalDate, CheckIn> byDay = new TreeMap<>();
        checkIns.forEach(c -> byDay.put(c.day(), c));
        List<CheckIn> sofar = new ArrayList<>();
        State state = new State(0, start.day());
        for (LocalDate day = start.day(); !day.isAfter(today); day = day.plusDays(1)) {
            Optional<CheckIn> checkIn = Optional.ofNullable(byDay.get(day));
            checkIn.ifPresent(sofar::add);
            PlanDay planDay = day(start, clearances, sofar, checkIn, day, state);
            days.add(planDay);
        }
        return days;
    }

    /** Today's word: the last of {@link #days}; empty before the plan's first day. */
    public Optional<PlanDay> today(PlanStart start, List<Clearance> clearances, List<CheckIn> checkIns,
                                   LocalDate today) {
        List<PlanDay> days = days(start, clearances, checkIns, today);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
    }

    /**
     * The week from {@code today}: today's decision, its stage with exercises and doses, the next seven days and
     * the criteria to move on, in words; empty before the plan's first day.
     */
    public Optional<PlanWeek> week(PlanStart start, List<Clearance> clearances, List<CheckIn> checkIns,
                                   LocalDate today) {
        return today(start, clearances, checkIns, today).map(day -> {
            int index = plan.indexOf(day.stageId());
            Optional<String> next = index + 1 < plan.stages().size()
                    ? Optional.of(plan.stages().get(index + 1).title()) : Optional.empty();
            return PlanWeek.of(day, stage(day.stageId()).orElseThrow(), plan.stages().get(index), next);
        });
    }

    /** A stage of the plan as the runner sees it; the stage's own dose wins over the exercise's usual one. */
    public Optional<StageView> stage(String id) {
        int index = plan.indexOf(id);
        if (index < 0) {
            return Optional.empty();
        }
        PlanStage stage = plan.stages().get(index);
        List<StageView.Item> items = new ArrayList<>();
        for (var exercise : stage.exercises()) {
            content.item(exercise.item()).ifPresent(item -> {
                var dose = !exercise.dose().isEmpty() ? exercise.dose()
                        : item instanceof org.calfcheck.content.Exercise e ? e.dose()
                        : item instanceof org.calfcheck.content.RecoveryStep r ? r.dose()
                        : org.calfcheck.content.Dose.NONE;
                items.add(new StageView.Item(item.id(), item.title(), org.calfcheck.engine.DoseText.of(dose)));
            });
        }
        return Optional.of(new StageView(stage.id(), stage.title(), index + 1, plan.stages().size(), stage.running(),
                stage.today(), items));
    }

    /** The stage the runner is in and when they entered it, and the pause a warning sign set. */
    private static final class State {
        int stage;
        LocalDate entered;
        Optional<CareLevel> paused = Optional.empty();
        LocalDate pausedOn;
        List<RaisedFlag> flags = List.of();

        State(int stage, LocalDate entered) {
            this.stage = stage;
            this.entered = entered;
        }
    }

    private PlanDay day(PlanStart start, List<Clearance> clearances, List<CheckIn> sofar, Optional<CheckIn> checkIn,
                        LocalDate day, State state) {
        PlanStage stage = plan.stages().get(state.stage);
        int inStage = (int) ChronoUnit.DAYS.between(state.entered, day);
        Optional<String> notYet = whyNotStart(start.careLevel(), clearances, day);
        if (notYet.isPresent()) {
            state.entered = day.plusDays(1);
            return new PlanDay(day, Decision.PAUSED, stage.id(), 0, "Not started: " + notYet.get() + ".",
                    start.careLevel(), List.of(), checkIn);
        }
        if (checkIn.isPresent() && checkIn.get().hasWarningSign()) {
            Assessment assessment = triage.assess(start.baseline(), checkIn.get().warningSigns());
            state.paused = Optional.of(WarningTriage.pausedLevel(assessment));
            state.pausedOn = day;
            state.flags = assessment.redFlags();
            return paused(day, stage, inStage, state, checkIn, "Paused: you reported " + signs(checkIn.get()) + ". "
                    + whatToDo(state.flags));
        }
        if (state.paused.isPresent()) {
            if (checkIn.isEmpty()) {
                return paused(day, stage, inStage, state, checkIn, "Still paused since " + state.pausedOn
                        + ": check in when the warning signs have gone. " + whatToDo(state.flags));
            }
            if (state.paused.get().compareTo(CareLevel.URGENT) >= 0 && !clearedBy(clearances, state.pausedOn, day)) {
                return paused(day, stage, inStage, state, checkIn, "Still paused: the warning signs on "
                        + state.pausedOn + " needed urgent care, so the plan carries on only once a doctor or"
                        + " physiotherapist has cleared you (record it as a clearance).");
            }
            state.paused = Optional.empty();
            state.flags = List.of();
            return new PlanDay(day, Decision.HOLD, stage.id(), inStage, "Hold at " + stage.title()
                    + ": the warning signs have gone; stay at this stage today before doing more.",
                    start.careLevel(), List.of(), checkIn);
        }
        if (checkIn.isEmpty()) {
            return new PlanDay(day, Decision.HOLD, stage.id(), inStage, "No check-in today: keep to "
                    + stage.title() + ".", start.careLevel(), List.of(), checkIn);
        }
        DayFacts facts = DayFacts.of(sofar, plan.painModel(), inStage);
        DayDecider.Outcome outcome = decider.decide(state.stage, facts);
        if (outcome.stage() != state.stage) {
            state.stage = outcome.stage();
            state.entered = day;
            inStage = 0;
        }
        return new PlanDay(day, outcome.decision(), plan.stages().get(state.stage).id(), inStage, outcome.reason(),
                start.careLevel(), List.of(), checkIn);
    }

    private static PlanDay paused(LocalDate day, PlanStage stage, int inStage, State state,
                                  Optional<CheckIn> checkIn, String reason) {
        return new PlanDay(day, Decision.PAUSED, stage.id(), inStage, reason, state.paused.orElseThrow(),
                state.flags, checkIn);
    }

    private String signs(CheckIn checkIn) {
        return String.join(", ", checkIn.warningSigns().stream().sorted()
                .map(id -> plan.warningSign(id).map(w -> w.label().toLowerCase(java.util.Locale.ROOT)).orElse(id))
                .toList());
    }

    private static String whatToDo(List<RaisedFlag> flags) {
        return flags.isEmpty() ? "Have it checked by a doctor or physiotherapist before you carry on."
                : flags.get(0).title() + ": " + flags.get(0).action();
    }

    private static boolean clearedBy(List<Clearance> clearances, LocalDate from, LocalDate to) {
        return clearances.stream().map(Clearance::day).sorted(Comparator.naturalOrder())
                .anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    }
}
