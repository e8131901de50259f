package org.calfcheck.content;

/**
 * How a routine item (exercise, recovery step or prevention tip) may be used in a routine.
 *
 * @param assumes  what the item takes for granted about the runner
 * @param chosenBy what is enough to choose it
 * @param family   items of one family are near-identical (calf stretches with a straight knee); a routine keeps
 *                 only the best-fitting one. Empty when the item has no family.
 */
public record RoutineUse(Assumption assumes, ChosenBy chosenBy, String family) {

    /** For items built in code (tests): running-on, chosen by a cause, no family. */
    public static final RoutineUse RUNNING_ON = new RoutineUse(Assumption.KEEPS_RUNNING, ChosenBy.CAUSE, "");
}
