package org.calfcheck.content;

import java.util.List;

/**
 * A warm-up, stretch or strength exercise.
 *
 * @param steps    how to do it, one short instruction each
 * @param cautions when to stop or what not to do ("no bouncing")
 */
public record Exercise(String id, ExerciseKind kind, String title, String summary, String body,
                       List<String> steps, Dose dose, List<String> cautions) implements ContentItem {
}
