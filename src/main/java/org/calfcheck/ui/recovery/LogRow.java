package org.calfcheck.ui.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Decision;
import org.calfcheck.engine.recovery.PlanDay;

/** One line of the log: a check-in in words and the decision the plan made that day. */
public record LogRow(LocalDate day, String activity, String painDuring, String painAfter, String painMorning,
                     String stiffness, String heelRaises, String decision) {

    /** The check-ins newest first, each with its day's decision (none for a check-in outside the plan's days). */
    static List<LogRow> of(List<CheckIn> checkIns, List<PlanDay> days) {
        Map<LocalDate, PlanDay> byDay = days.stream().collect(Collectors.toMap(PlanDay::day, Function.identity(),
                (a, b) -> b));
        return checkIns.stream().sorted((a, b) -> b.day().compareTo(a.day()))
                .map(c -> row(c, Optional.ofNullable(byDay.get(c.day())))).toList();
    }

    private static LogRow row(CheckIn c, Optional<PlanDay> day) {
        String activity = c.activity() == Activity.REST ? "Rest"
                : capitalised(c.activity().words()) + " " + c.minutes() + " min";
        String heel = c.heelRaisesSore().map(String::valueOf).orElse("–") + " / "
                + c.heelRaisesOther().map(String::valueOf).orElse("–");
        return new LogRow(c.day(), activity, c.painDuring() + "/10", c.painAfter() + "/10", c.painMorning() + "/10",
                c.stiffnessMorning() + "/10", heel, day.map(d -> DecisionWords.of(d.decision())).orElse("–"));
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The plan's decision as a short word for tables and headings. */
    static final class DecisionWords {
        private DecisionWords() {
        }

        static String of(Decision decision) {
            return switch (decision) {
                case PROGRESS -> "Move on";
                case HOLD -> "Hold";
                case STEP_BACK -> "Step back";
                case PAUSED -> "Paused";
            };
        }
    }
}
