package org.calfcheck.content;

/**
 * The accepted range of a number question, inclusive. For {@link Unit#DISTANCE} the bounds are kilometres;
 * an answer in miles is converted before it is checked.
 */
public record NumberRange(double min, double max) {
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
