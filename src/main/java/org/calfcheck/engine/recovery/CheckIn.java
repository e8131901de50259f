package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        range(problems, "minutes", minutes, MAX_MINUTES);
        range(problems, "pain-during", painDuring, MAX_PAIN);
        range(problems, "pain-after", painAfter, MAX_PAIN);
        range(problems, "pain-morning", painMorning, MAX_PAIN);
        range(problems, "stiffness-morning", stiffnessMorning, MAX_PAIN);
        heelRaisesSore.ifPresent(n -> range(problems, "heel-raises-sore", n, MAX_HEEL_RAISES));
        heelRaisesOther.ifPresent(n -> range(problems, "heel-raises-other", n, MAX_HEEL_RAISES));
        for (String sign : new TreeSet<>(warningSigns)) {
            if (!knownWarningSigns.contains(sign)) {
                problems.add("warning: unknown warning sign \"" + sign + "\" (known: "
                        + String.join(", ", new TreeSet<>(knownWarningSigns)) + ")");
            }
        }
        return problems;
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
