package org.calfcheck.content;

import java.util.Optional;

/** Maps a {@code dose} object (shared by exercises and recovery steps) onto {@link Dose}. */
final class DoseMapper {

    static final int MAX_COUNT = 1000;
    static final int MAX_HOLD_SECONDS = 600;

    private DoseMapper() {
    }

    static Dose read(JsonTreeReader item) {
        return item.object("dose", false).map(DoseMapper::dose).orElse(Dose.NONE);
    }

    private static Dose dose(JsonTreeReader dose) {
        dose.allowFields("reps", "sets", "holdSeconds", "minutes", "timesPerDay", "perSide", "eachDirection", "note");
        return new Dose(
                range(dose, "reps", MAX_COUNT),
                dose.optionalInteger("sets", 1, MAX_COUNT),
                range(dose, "holdSeconds", MAX_HOLD_SECONDS),
                range(dose, "minutes", MAX_COUNT),
                range(dose, "timesPerDay", MAX_COUNT),
                dose.flag("perSide", false),
                dose.flag("eachDirection", false),
                dose.optionalText("note"));
    }

    /** A whole number ({@code 12}) or an inclusive range ({@code {"min": 10, "max": 15}}), each from 1 to max. */
    private static Optional<Range> range(JsonTreeReader dose, String field, int max) {
        return dose.value(field).map(value -> value.node().isObject()
                ? rangeObject(value, max)
                : Range.of(value.integerValue(1, max)));
    }

    private static Range rangeObject(JsonTreeReader range, int max) {
        range.allowFields("min", "max");
        int low = range.integer("min", 1, max);
        int high = range.integer("max", 1, max);
        if (low > high) {
            range.problem("min " + low + " is above max " + high);
            return Range.of(low);
        }
        return new Range(low, high);
    }
}
