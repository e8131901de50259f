package org.calfcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Range;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.Routine;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.Strength;
import org.calfcheck.engine.WithheldItem;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.PlanStart;
import org.calfcheck.engine.recovery.PlanWeek;
import org.calfcheck.engine.recovery.RecoveryPlan;

/** Assessments built by hand, shaped like the engine's, for sheet tests that must not depend on the content. */
public final class SheetFixtures {

    private SheetFixtures() {
    }

    /** A runner who ramped up too fast: self-care with a typical routine. */
    public static Assessment selfCare() {
        return new Assessment("1.0.0", CareLevel.SELF_CARE, List.of(),
                List.of(cause("training_progression", "Too much, too soon", Strength.STRONG,
                                "Your running went up faster than your calves could adapt. They need a few weeks."),
                        cause("tight_calves", "Tight calves", Strength.POSSIBLE,
                                "Stiff calf muscles pull harder on every stride.")),
                new Routine(
                        List.of(exercise("wu_calf_raises", "WARM_UP", "Calf raises",
                                        "Rise onto your toes and lower slowly.", "10–15 reps · 2 sets"),
                                exercise("wu_leg_swings", "WARM_UP", "Leg swings",
                                        "Hold a wall and swing one leg forward and back, relaxed.", "10–15 · each side")),
                        List.of(exercise("st_wall_calf", "STRETCH", "Wall calf stretch",
                                        "Hands on a wall, back leg straight, heel down; lean in until you feel the calf.",
                                        "hold 30 s · 3 times · each side"),
                                exercise("st_bent_knee_wall", "STRETCH", "Bent-knee wall stretch",
                                        "As the wall stretch, but bend the back knee to reach the lower calf.",
                                        "hold 30 s · each side"),
                                exercise("str_heel_raises", "STRENGTH", "Single-leg heel raises",
                                        "Up on one foot, fingertips on a wall; lower over three seconds.",
                                        "8–12 reps · 3 sets · each side")),
                        List.of(recovery("rc_gradual_return", "Gradual return",
                                        "Cut your running to what feels easy, then add a little each week.", ""),
                                recovery("rc_cool_down", "Cool down",
                                        "Finish each run with five minutes of easy jogging or walking.", "5–10 min")),
                        List.of(because("you said you ran 50% more this week", advice("pg_ten_percent",
                                        "PROGRESSION", "Ten per cent a week", "Keep weekly increases small.")),
                                because("your shoes are due for replacing", advice("fw_replace", "FOOTWEAR",
                                        "Replace worn-out shoes", "Old shoes lose their cushioning.")),
                                advice("fm_cadence", "FORM", "Quicker, shorter steps",
                                        "A slightly higher cadence eases the load on the calf."))),
                List.of());
    }

    /** A possible clot: urgent, with the stretches and massage held back. */
    public static Assessment urgentClot() {
        Assessment base = selfCare();
        RaisedFlag clot = new RaisedFlag("rf_possible_clot", "Possible blood clot",
                "A swollen, warm, tender calf after a long trip can be a clot.", CareLevel.URGENT,
                "See a doctor today and ask about a clot (DVT). Do not massage or stretch the calf.",
                List.of("you said the calf is swollen and warm", "you flew for nine hours this week"));
        return new Assessment("1.0.0", CareLevel.URGENT, List.of(clot), base.causes(),
                new Routine(List.of(), List.of(),
                        List.of(recovery("rc_until_seen", "Until you are seen: no running",
                                        "Hold off running, sport and calf exercises until your leg has been checked.", ""),
                                recovery("rc_elevate", "Raise the leg", "Rest with the leg above hip height.",
                                        "15–20 min · 2–3 times a day")),
                        List.of(), true),
                List.of(withheld("st_wall_calf", "Wall calf stretch"), withheld("rc_massage", "Calf massage"),
                        withheld("rc_foam_roller", "Foam rolling"), withheld("rc_compression", "Compression sleeve")));
    }

    /** Everything at once: every exercise, recovery step and tip, several causes. The sheet must still fit two pages. */
    public static Assessment longestRoutine() {
        List<LikelyCause> causes = new ArrayList<>();
        String[] ids = {"overuse", "poor_warm_up", "running_form", "tight_calves", "inadequate_recovery",
                "footwear", "training_progression", "terrain_inclines", "dehydration_electrolytes"};
        for (int i = 0; i < ids.length; i++) {
            causes.add(cause(ids[i], "Cause " + ids[i].replace('_', ' '), Strength.values()[i % 3],
                    "A plain sentence about why this cause loads the calf during running. A second sentence."));
        }
        String long1 = "Stand tall, move slowly and with control through the whole range, breathing out as you "
                + "work and keeping the knee soft.";
        List<RoutineItem> warmUp = new ArrayList<>();
        for (String id : List.of("wu_calf_raises", "wu_ankle_circles", "wu_walking_lunges", "wu_dynamic_wall_calf",
                "wu_skipping_jacks", "wu_leg_swings")) {
            warmUp.add(exercise(id, "WARM_UP", title(id), long1, "10–15 reps · 2 sets · each side"));
        }
        List<RoutineItem> stretches = new ArrayList<>();
        for (String id : List.of("st_wall_calf", "st_downward_dog", "st_seated_towel", "st_runners_stretch",
                "st_ankle_circles", "st_bent_knee_wall")) {
            stretches.add(exercise(id, "STRETCH", title(id), long1, "hold 30 s · 3 times · each side"));
        }
        for (String id : List.of("str_heel_raises", "str_bent_knee_heel_raises", "str_eccentric_heel_drops")) {
            stretches.add(exercise(id, "STRENGTH", title(id), long1, "15 reps · 3 sets · each side"));
        }
        List<RoutineItem> recovery = new ArrayList<>();
        for (String id : List.of("rc_rest", "rc_ice", "rc_elevate", "rc_compression", "rc_massage", "rc_foam_roller",
                "rc_gentle_stretching", "rc_hydration_nutrition", "rc_gradual_return", "rc_cool_down")) {
            recovery.add(recovery(id, title(id), "Do this gently and stop if the pain sharpens.",
                    "15–20 min · 2–3 times a day"));
        }
        List<RoutineItem> prevention = new ArrayList<>();
        for (String id : List.of("fm_posture", "fm_foot_strike", "fm_cadence", "fm_stride", "fm_arm_swing",
                "fm_gradual_change", "fw_support_cushioning", "fw_fit", "fw_arch_support", "fw_stability",
                "fw_replace", "fw_sport_specific", "fw_specialist_fitting", "pg_start_slow", "pg_rest_days",
                "pg_listen_to_body", "pg_cross_training", "pg_strength_work", "pg_ten_percent",
                "pg_warm_up_cool_down", "pg_speed_and_hills")) {
            prevention.add(advice(id, id.startsWith("fm") ? "FORM" : id.startsWith("fw") ? "FOOTWEAR" : "PROGRESSION",
                    title(id), "One short line of advice that a runner can tick off."));
        }
        return new Assessment("1.0.0", CareLevel.SELF_CARE, List.of(), causes,
                new Routine(warmUp, stretches, recovery, prevention), List.of());
    }

    /** An emergency: the engine withholds everything, so the routine is empty. */
    public static Assessment emergency() {
        RaisedFlag breathless = new RaisedFlag("rf_clot_with_breathlessness", "Clot with breathlessness",
                "Breathlessness with a painful swollen calf can mean a clot has moved to the lungs.",
                CareLevel.EMERGENCY, "Call emergency services now.", List.of("you said you are short of breath"));
        return new Assessment("1.0.0", CareLevel.EMERGENCY, List.of(breathless), List.of(), Routine.EMPTY,
                List.of(withheld("st_wall_calf", "Wall calf stretch"), withheld("wu_calf_raises", "Calf raises")));
    }

    /** The first day of {@link #planWeek}'s plan. */
    public static final LocalDate PLAN_START = LocalDate.of(2026, 11, 16);

    /**
     * The shipped plan's week on day {@code days} for a runner whose pain was low and gone by each morning; the
     * last check-in ticks {@code lastDayWarnings}.
     */
    public static PlanWeek planWeek(int days, Set<String> lastDayWarnings) throws Exception {
        RecoveryPlan plan = new RecoveryPlan(new Engine(ContentLoader.packaged().load()));
        List<CheckIn> checkIns = new ArrayList<>();
        for (int n = 0; n < days; n++) {
            checkIns.add(new CheckIn(PLAN_START.plusDays(n), n < 2 ? Activity.REST : Activity.WALK, n < 2 ? 0 : 25,
                    1, 1, 0, 0, Optional.of(24), Optional.of(25), Optional.of(true),
                    n == days - 1 ? lastDayWarnings : Set.of()));
        }
        return plan.week(new PlanStart(PLAN_START, Answers.empty(DistanceUnit.KM), CareLevel.SELF_CARE), List.of(),
                checkIns, PLAN_START.plusDays(days - 1)).orElseThrow();
    }

    static String title(String id) {
        String words = id.substring(id.indexOf('_') + 1).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static LikelyCause cause(String id, String title, Strength strength, String summary) {
        return new LikelyCause(id, title, summary, strength, 6,
                List.of(new EvidenceLine(true, "you said so", "r_" + id)));
    }

    private static RoutineItem exercise(String id, String kind, String title, String summary, String doseText) {
        Dose dose = new Dose(Optional.of(new Range(10, 15)), Optional.of(2), Optional.empty(), Optional.empty(),
                Optional.empty(), true, false, Optional.empty());
        return new RoutineItem(id, kind, title, summary, List.of(), dose, doseText, List.of(), List.of());
    }

    private static RoutineItem recovery(String id, String title, String summary, String doseText) {
        return new RoutineItem(id, "RECOVERY", title, summary, List.of(), Dose.NONE, doseText, List.of(), List.of());
    }

    private static RoutineItem advice(String id, String kind, String title, String summary) {
        return new RoutineItem(id, kind, title, summary, List.of(), Dose.NONE, "", List.of(), List.of());
    }

    /** The item with why it is there, as the engine would give it. */
    private static RoutineItem because(String reason, RoutineItem item) {
        return new RoutineItem(item.id(), item.kind(), item.title(), item.summary(), item.steps(), item.dose(),
                item.doseText(), item.cautions(), item.forCauses(), List.of(reason));
    }

    private static WithheldItem withheld(String id, String title) {
        return new WithheldItem(id, title, "rf_possible_clot", "could make a clot worse");
    }
}
