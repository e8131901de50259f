package org.calfcheck.ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the results page can hand on: the routine sheet preview (sheet helper) and saving to a coach's client
 * (store helper). Empty means the button is shown disabled with a tooltip saying it is not available.
 */
public record ResultActions(Optional<Consumer<org.calfcheck.engine.Assessment>> routineSheet,
                            Optional<Consumer<CompletedCheck>> saveToClient) {

    public static final ResultActions NONE = new ResultActions(Optional.empty(), Optional.empty());

    public ResultActions withRoutineSheet(Consumer<org.calfcheck.engine.Assessment> action) {
        return new ResultActions(Optional.of(action), saveToClient);
    }

    public ResultActions withSaveToClient(Consumer<CompletedCheck> action) {
        return new ResultActions(routineSheet, Optional.of(action));
    }
}
