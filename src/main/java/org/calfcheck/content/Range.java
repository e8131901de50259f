package org.calfcheck.content;

/** An inclusive whole-number range such as "10–15 reps"; min equals max for a single number. */
public record Range(int min, int max) {
    public Range {
        if (min > max) {
            throw new IllegalArgumentException("range min " + min + " is above max " + max);
        }
    }

    public static Range of(int value) {
        return new Range(value, value);
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
