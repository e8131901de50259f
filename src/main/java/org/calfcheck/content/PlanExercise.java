package org.calfcheck.content;

/**
 * An exercise or recovery step in a plan stage; {@code dose} is the stage's own dose, or {@link Dose#NONE} to use
 * the item's usual one.
 */
public record PlanExercise(String item, Dose dose) {
}
