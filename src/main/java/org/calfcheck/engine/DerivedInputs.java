package org.calfcheck.engine;

/**
 * Which questions feed the derived facts: a small fixed mapping agreed with the questionnaire's author.
 *
 * @param weeklyDistance      this week's distance (DISTANCE)
 * @param usualWeeklyDistance a usual week's distance (DISTANCE)
 * @param shoeDistance        distance on the current shoes (DISTANCE)
 * @param weeksOffBefore      weeks without running before this week (WEEKS)
 */
public record DerivedInputs(String weeklyDistance, String usualWeeklyDistance, String shoeDistance,
                            String weeksOffBefore) {

    /** The question ids used by CalfCheck's questionnaire. */
    public static final DerivedInputs STANDARD =
            new DerivedInputs("weekly_distance", "usual_weekly_distance", "shoe_distance", "weeks_off_before");

    /**
     * The increase when the usual week was zero: "from nothing" counts as a tenfold jump rather than as
     * unknown, so a runner starting from rest still hears that the jump was large.
     */
    public static final double MAX_INCREASE_PERCENT = 1000;
}
