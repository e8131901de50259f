package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.answersIn;
import static org.calfcheck.engine.ContentFixture.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.calfcheck.content.Content;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;

class DerivedFactsTest {

    private final Content content = ContentFixture.content()
            .yesNo("runs")
            .number("weekly_distance", Unit.DISTANCE, 0, 500)
            .number("usual_weekly_distance", Unit.DISTANCE, 0, 500)
            .number("shoe_distance", Unit.DISTANCE, 0, 5000).shownWhen(is("runs", "yes"))
            .number("weeks_off_before", Unit.WEEKS, 0, 520)
            .build();

    private Fact fact(String name, DistanceUnit units, Object... answers) {
        return new Facts(new ContentIndex(content), answersIn(units, answers), DerivedInputs.STANDARD).fact(name);
    }

    private double number(String name, DistanceUnit units, Object... answers) {
        Fact fact = fact(name, units, answers);
        return ((Answer.Number) assertInstanceOf(Fact.Known.class, fact).answer()).value();
    }

    @Test
    void weeklyIncreaseIsThePercentAboveTheUsualWeek() {
        assertEquals(50, number("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "weekly_distance", 30, "usual_weekly_distance", 20), 1e-9);
        assertEquals(-25, number("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "weekly_distance", 15, "usual_weekly_distance", 20), 1e-9);
    }

    @Test
    void weeklyIncreaseIsTheSameInMiles() {
        assertEquals(50, number("derived.weeklyIncreasePercent", DistanceUnit.MI,
                "weekly_distance", 15, "usual_weekly_distance", 10), 1e-9);
    }

    @Test
    void weeklyIncreaseFromAZeroWeekIsCappedAndZeroToZeroIsNoIncrease() {
        assertEquals(DerivedInputs.MAX_INCREASE_PERCENT, number("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "weekly_distance", 10, "usual_weekly_distance", 0), 1e-9);
        assertEquals(0, number("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "weekly_distance", 0, "usual_weekly_distance", 0), 1e-9);
        assertEquals(DerivedInputs.MAX_INCREASE_PERCENT, number("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "weekly_distance", 200, "usual_weekly_distance", 1), 1e-9);
    }

    @Test
    void weeklyIncreaseIsUnknownWhenEitherDistanceIsDontKnowOrMissing() {
        assertInstanceOf(Fact.NotKnown.class, fact("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "weekly_distance", 30, "usual_weekly_distance", "unknown"));
        assertInstanceOf(Fact.NotKnown.class, fact("derived.weeklyIncreasePercent", DistanceUnit.KM,
                "usual_weekly_distance", 30));
    }

    @Test
    void weeklyKmAndShoeKmAreConvertedFromMiles() {
        assertEquals(16.09344, number("derived.weeklyKm", DistanceUnit.MI, "weekly_distance", 10), 1e-9);
        assertEquals(10, number("derived.weeklyKm", DistanceUnit.KM, "weekly_distance", 10), 1e-9);
        assertEquals(804.672, number("derived.shoeKm", DistanceUnit.MI, "runs", "yes", "shoe_distance", 500), 1e-9);
        assertEquals(500, number("derived.shoeKm", DistanceUnit.KM, "runs", "yes", "shoe_distance", 500), 1e-9);
    }

    @Test
    void shoeKmIsNotAskedWhenItsQuestionIsHiddenAndUnknownWhenUndecided() {
        assertInstanceOf(Fact.NotAsked.class, fact("derived.shoeKm", DistanceUnit.KM,
                "runs", "no", "shoe_distance", 500));
        assertInstanceOf(Fact.Undecided.class, fact("derived.shoeKm", DistanceUnit.KM, "runs", "unknown"));
    }

    @Test
    void restWeeksBeforeIsTheWeeksOffAnswer() {
        assertEquals(6, number("derived.restWeeksBefore", DistanceUnit.MI, "weeks_off_before", 6), 1e-9);
        assertInstanceOf(Fact.NotKnown.class, fact("derived.restWeeksBefore", DistanceUnit.KM,
                "weeks_off_before", "unknown"));
    }
}
