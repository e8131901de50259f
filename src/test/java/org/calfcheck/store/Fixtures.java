package org.calfcheck.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Range;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.Routine;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.Strength;
import org.calfcheck.engine.WithheldItem;

/** Hand-built answers and assessments with every kind of part filled in, so a round trip proves each field. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");

    private Fixtures() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static Answers answers(double pain) {
        return new Answers(DistanceUnit.MI, Map.of(
                "pain_now", new Answer.Number(pain),
                "side", new Answer.Chosen("left"),
                "when_sore", new Answer.ChosenMany(List.of("during", "after")),
                "swelling", new Answer.Unknown()));
    }

    public static Assessment assessment(CareLevel level, Map<String, Strength> causes) {
        Dose dose = new Dose(Optional.of(new Range(10, 15)), Optional.of(2), Optional.empty(), Optional.empty(),
                Optional.of(Range.of(2)), true, false, Optional.of("slowly"));
        RoutineItem raise = new RoutineItem("wu_calf_raises", "WARM_UP", "Calf raises", "Up on your toes",
                List.of("Stand tall", "Rise slowly"), dose, "10–15 reps · 2 sets", List.of("Stop if sharp pain"),
                List.of("overuse"));
        RoutineItem ice = new RoutineItem("rc_ice", "RECOVERY", "Ice", "Cool the calf", List.of("Wrap the ice"),
                Dose.NONE, "", List.of(), List.of());
        List<LikelyCause> likely = causes.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new LikelyCause(e.getKey(), title(e.getKey()), "summary of " + e.getKey(), e.getValue(),
                        6 - e.getValue().ordinal() * 2, List.of(new EvidenceLine(true, "you said so", "r1"),
                        new EvidenceLine(false, "but not this", "r2"))))
                .toList();
        List<RaisedFlag> flags = level == CareLevel.SELF_CARE ? List.of()
                : List.of(new RaisedFlag("rf_severe_pain", "Severe pain", "Pain this bad needs a look", level,
                "See a doctor today", List.of("you rated your pain 9")));
        return new Assessment("1.0.0", level, flags, likely, new Routine(List.of(raise), List.of(), List.of(ice),
                List.of()), List.of(new WithheldItem("rc_massage", "Massage", "rf_severe_pain", "wait for a check")));
    }

    public static Assessment selfCare() {
        return assessment(CareLevel.SELF_CARE, Map.of("overuse", Strength.STRONG, "footwear", Strength.POSSIBLE));
    }

    static String title(String id) {
        return switch (id) {
            case "overuse" -> "Doing too much too soon";
            case "footwear" -> "Worn or ill-fitting shoes";
            case "tight_calves" -> "Tight calves";
            case "poor_warm_up" -> "Skipping the warm-up";
            default -> id.replace('_', ' ');
        };
    }
}
