package org.calfcheck.content;

import java.util.Optional;

/**
 * How much of an exercise or recovery step to do, as numbers so the sheet and the checks can use them.
 * Every part is optional; an item without a dose has {@link #NONE}.
 *
 * @param reps          repetitions per set (or per direction / per side, see the flags)
 * @param sets          number of sets
 * @param holdSeconds   how long to hold a position
 * @param minutes       how long the whole step lasts (ice 15–20 minutes)
 * @param timesPerDay   how often in a day
 * @param perSide       the dose applies to each leg
 * @param eachDirection the dose applies to each direction (ankle circles)
 * @param note          a short plain-language addition ("easy pace, no bouncing")
 */
public record Dose(
        Optional<Range> reps,
        Optional<Integer> sets,
        Optional<Range> holdSeconds,
        Optional<Range> minutes,
        Optional<Range> timesPerDay,
        boolean perSide,
        boolean eachDirection,
        Optional<String> note) {

    public static final Dose NONE = new Dose(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), false, false, Optional.empty());

    public boolean isEmpty() {
        return reps.isEmpty() && sets.isEmpty() && holdSeconds.isEmpty() && minutes.isEmpty()
                && timesPerDay.isEmpty() && note.isEmpty();
    }
}
