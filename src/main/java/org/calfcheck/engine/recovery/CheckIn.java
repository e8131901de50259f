package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One morning's check-in: what was done yesterday and how it felt, how the calf is this morning, and today's tests.
 *
 * @param day              the day of the check-in (the morning after the activity)
 * @param minutes          minutes of yesterday's walking or running (0 on a rest day)
 * @param painDuring       pain during yesterday's activity, 0–10
 * @param painAfter        pain in the hours after it, 0–10
 * @param painMorning      pain on getting up this morning, 0–10
 * @param stiffnessMorning stiffness on getting up this morning, 0–10
 * @param heelRaisesSore   single-leg heel raises on the sore side, when tested
 * @param heelRaisesOther  the same on the other side
 * @param hopsPainFree     whether ten hops on the sore leg were pain-free, when tried
 * @param warningSigns     ids of the warning signs ticked (from the plan content)
 */
public record CheckIn(LocalDate day, Activity activity, int minutes, int painDuring, int painAfter, int painMorning,
                      int stiffnessMorning, Optional<Integer> heelRaisesSore, Optional<Integer> heelRaisesOther,
                      Optional<Boolean> hopsPainFree, Set<String> warningSigns) {

    public static final int MAX_PAIN = 10;
    public static final int MAX_HEEL_RAISES = 200;
    public static final int MAX_MINUTES = 600;

    /**
     * Each number of a check-in with its field name (as in the JSON) and its largest value: the one table the
     * record's own check and the file readers share, so a limit is written once.
     */
    public enum Measure {
        MINUTES("minutes", MAX_MINUTES),
        PAIN_DURING("painDuring", MAX_PAIN),
        PAIN_AFTER("painAfter", MAX_PAIN),
        PAIN_MORNING("painMorning", MAX_PAIN),
        STIFFNESS_MORNING("stiffnessMorning", MAX_PAIN),
        HEEL_RAISES_SORE("heelRaisesSore", MAX_HEEL_RAISES),
        HEEL_RAISES_OTHER("heelRaisesOther", MAX_HEEL_RAISES);

        private final String field;
        private final int max;

        Measure(String field, int max) {
            this.field = field;
            this.max = max;
        }

        public String field() {
            return field;
        }

        public int max() {
            return max;
        }

        /** The name a problem message uses: "painDuring" → "pain-during". */
        String words() {
            return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        }
    }

    public CheckIn {
        warningSigns = Set.copyOf(new TreeSet<>(warningSigns));
    }

    public boolean hasWarningSign() {
        return !warningSigns.isEmpty();
    }

    /**
     * Everything wrong with this check-in at once, each naming its field: numbers out of range, a day after
     * {@code today}, a warning sign the plan does not know. Empty when it can be recorded.
     */
    public List<String> problems(LocalDate today, Set<String> knownWarningSigns) {
        List<String> problems = new ArrayList<>();
        if (day.isAfter(today)) {
            problems.add("date: " + day + " is in the future (today is " + today + ")");
        }
        for (Measure measure : Measure.values()) {
            value(measure).ifPresent(n -> range(problems, measure.words(), n, measure.max()));
        }
        for (String sign : new TreeSet<>(warningSigns)) {
            if (!knownWarningSigns.contains(sign)) {
                problems.add("warning: unknown warning sign \"" + sign + "\" (known: "
                        + String.join(", ", new TreeSet<>(knownWarningSigns)) + ")");
            }
        }
        return problems;
    }

    /** The value of one measure; empty for a test not done. */
    public Optional<Integer> value(Measure measure) {
        return switch (measure) {
            case MINUTES -> Optional.of(minutes);
            case PAIN_DURING -> Optional.of(painDuring);
            case PAIN_AFTER -> Optional.of(painAfter);
            case PAIN_MORNING -> Optional.of(painMorning);
            case STIFFNESS_MORNING -> Optional.of(stiffnessMorning);
            case HEEL_RAISES_SORE -> heelRaisesSore;
            case HEEL_RAISES_OTHER -> heelRaisesOther;
        };
    }

    private static void range(List<String> problems, String field, int value, int max) {
        if (value < 0 || value > max) {
            problems.add(field + ": " + value + " is out of range (0 to " + max + ")");
        }
    }

    /** Sore-side heel raises as a percentage of the other side's, when both were counted. */
    public Optional<Double> heelRaisePercent() {
        if (heelRaisesSore.isPresent() && heelRaisesOther.isPresent() && heelRaisesOther.get() > 0) {
            return Optional.of(100.0 * heelRaisesSore.get() / heelRaisesOther.get());
        }
        return Optional.empty();
    }
}
