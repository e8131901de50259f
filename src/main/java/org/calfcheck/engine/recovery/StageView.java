package org.calfcheck.engine.recovery;

import java.util.List;

/**
 * A stage as a runner sees it: where it sits in the plan, what to do today, and its exercises with their doses in
 * words, so the screens, the sheet and the command line show the same thing.
 *
 * @param number    the stage's place in the plan, from 1
 * @param of        how many stages the plan has
 * @param exercises the stage's exercises: title and dose in words
 */
public record StageView(String id, String title, int number, int of, boolean running, String today,
                        List<Item> exercises) {

    public StageView {
        exercises = List.copyOf(exercises);
    }

    /** One exercise of the stage: its id, title and the stage's dose in words (empty when it has none). */
    public record Item(String id, String title, String dose) {
    }
}
