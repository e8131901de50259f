package org.calfcheck.content;

import java.util.Optional;

/**
 * Facts the engine computes from several answers, named {@code derived.<jsonName>} in conditions.
 * All are numbers; a derived fact is unknown when an answer it needs is missing or "don't know".
 */
public enum DerivedFact {
    /** This week's distance compared with the usual week, in percent (50 means 50% more). */
    WEEKLY_INCREASE_PERCENT("weeklyIncreasePercent"),
    /** Distance on the current shoes in kilometres, whatever unit the runner used. */
    SHOE_KM("shoeKm"),
    /** Weeks without running before this week. */
    REST_WEEKS_BEFORE("restWeeksBefore"),
    /** This week's distance in kilometres. */
    WEEKLY_KM("weeklyKm");

    public static final String PREFIX = "derived.";

    private final String jsonName;

    DerivedFact(String jsonName) {
        this.jsonName = jsonName;
    }

    public String factName() {
        return PREFIX + jsonName;
    }

    public static Optional<DerivedFact> fromFactName(String fact) {
        for (DerivedFact f : values()) {
            if (f.factName().equals(fact)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
