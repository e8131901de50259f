package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Range;

/**
 * A dose in words, the same on screen, sheet and command line: "10–15 reps · 2 sets", "hold 30 s · each side",
 * "10 each direction", "15–20 min · 2–3 times a day". Parts are joined with a middle dot.
 */
public final class DoseText {

    static final String SEPARATOR = " · ";

    private DoseText() {
    }

    public static String of(Dose dose) {
        List<String> parts = new ArrayList<>();
        dose.reps().ifPresent(r -> parts.add(r + (dose.eachDirection() ? " each direction" : " reps")));
        dose.sets().ifPresent(s -> parts.add(s + (s == 1 ? " set" : " sets")));
        dose.holdSeconds().ifPresent(h -> parts.add("hold " + h + " s"));
        dose.minutes().ifPresent(m -> parts.add(m + " min"));
        dose.timesPerDay().ifPresent(t -> parts.add(timesPerDay(t)));
        if (dose.perSide()) {
            parts.add("each side");
        }
        if (dose.eachDirection() && dose.reps().isEmpty()) {
            parts.add("each direction");
        }
        dose.note().filter(n -> !n.isBlank()).ifPresent(parts::add);
        return String.join(SEPARATOR, parts);
    }

    private static String timesPerDay(Range times) {
        if (times.min() == 1 && times.max() == 1) {
            return "once a day";
        }
        if (times.min() == 2 && times.max() == 2) {
            return "twice a day";
        }
        return times + " times a day";
    }
}
