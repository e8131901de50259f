package org.calfcheck.ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the results page can hand on: the routine sheet preview (sheet helper), saving to a coach's client (store
 * helper) and starting the runner's recovery plan. Empty means the button is shown disabled with a tooltip saying it
 * is not available.
 */
public record ResultActions(Optional<Consumer<CompletedCheck>> routineSheet,
                            Optional<Consumer<CompletedCheck>> saveToClient,
                            Optional<Consumer<CompletedCheck>> startPlan) {

    public static final ResultActions NONE = new ResultActions(Optional.empty(), Optional.empty(), Optional.empty());

    /** The sheet gets the answers too: it prints distances in the runner's own unit and their shoe distance. */
    public ResultActions withRoutineSheet(Consumer<CompletedCheck> action) {
        return new ResultActions(Optional.of(action), saveToClient, startPlan);
    }

    public ResultActions withSaveToClient(Consumer<CompletedCheck> action) {
        return new ResultActions(routineSheet, Optional.of(action), startPlan);
    }

    /** "Start a recovery plan": the plan's own rule decides whether it may start (a clearance at urgent levels). */
    public ResultActions withStartPlan(Consumer<CompletedCheck> action) {
        return new ResultActions(routineSheet, saveToClient, Optional.of(action));
    }
}
