package org.calfcheck.ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the results page can hand on: the routine sheet preview (sheet helper) and saving to a coach's client
 * (store helper). Empty means the button is shown disabled with a tooltip saying it is not available.
 */
public record ResultActions(Optional<Consumer<CompletedCheck>> routineSheet,
                            Optional<Consumer<CompletedCheck>> saveToClient) {

    public static final ResultActions NONE = new ResultActions(Optional.empty(), Optional.empty());

    /** The sheet gets the answers too: it prints distances in the runner's own unit and their shoe distance. */
    public ResultActions withRoutineSheet(Consumer<CompletedCheck> action) {
        return new ResultActions(Optional.of(action), saveToClient);
    }

    public ResultActions withSaveToClient(Consumer<CompletedCheck> action) {
        return new ResultActions(routineSheet, Optional.of(action));
    }
}
