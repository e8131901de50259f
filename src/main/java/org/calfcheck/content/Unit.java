package org.calfcheck.content;

/** The unit of a number question. {@link #DISTANCE} is answered in the runner's chosen km or miles. */
public enum Unit {
    NONE,
    DISTANCE,
    DAYS,
    WEEKS,
    MONTHS,
    HOURS,
    TIMES_PER_WEEK,
    STEPS_PER_MINUTE,
    LITRES
}
