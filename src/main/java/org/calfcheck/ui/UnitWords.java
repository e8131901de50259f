package org.calfcheck.ui;

import org.calfcheck.content.NumberRange;
import org.calfcheck.content.Unit;
import org.calfcheck.engine.DistanceUnit;

/** How units and ranges read on screen. */
final class UnitWords {

    private UnitWords() {
    }

    static String label(Unit unit, DistanceUnit units) {
        return switch (unit) {
            case DISTANCE -> units == DistanceUnit.MI ? "miles" : "km";
            case DAYS -> "days";
            case WEEKS -> "weeks";
            case MONTHS -> "months";
            case HOURS -> "hours";
            case TIMES_PER_WEEK -> "times a week";
            case STEPS_PER_MINUTE -> "steps a minute";
            case LITRES -> "litres";
            case NONE -> "";
        };
    }

    /** "Between 0 and 190 miles": distance bounds are kilometres in the content, shown in the runner's unit. */
    static String rangeHint(NumberRange range, Unit unit, DistanceUnit units) {
        double min = range.min();
        double max = range.max();
        if (unit == Unit.DISTANCE) {
            min = units.fromKm(min);
            max = units.fromKm(max);
        }
        String label = label(unit, units);
        return "Between " + number(Math.ceil(min - 1e-9)) + " and " + number(Math.floor(max + 1e-9))
                + (label.isEmpty() ? "" : " " + label);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
