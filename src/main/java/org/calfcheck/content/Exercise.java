package org.calfcheck.content;

import java.util.List;

/**
 * A warm-up, stretch or strength exercise.
 *
 * @param steps    how to do it, one short instruction each
 * @param cautions when to stop or what not to do ("no bouncing")
 * @param use      what it assumes and what chooses it
 */
public record Exercise(String id, ExerciseKind kind, String title, String summary, String body,
                       List<String> steps, Dose dose, List<String> cautions, RoutineUse use) implements ContentItem {

    /** An exercise that belongs to running on (tests and fixtures). */
    public Exercise(String id, ExerciseKind kind, String title, String summary, String body, List<String> steps,
                    Dose dose, List<String> cautions) {
        this(id, kind, title, summary, body, steps, dose, cautions, RoutineUse.RUNNING_ON);
    }
}
