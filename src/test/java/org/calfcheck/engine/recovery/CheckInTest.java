package org.calfcheck.engine.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void everyProblemIsNamedAtOnce() {
        CheckIn c = new CheckIn(TODAY.plusDays(1), Activity.RUN, 30, 11, -1, 3, 2, Optional.of(500),
                Optional.of(20), Optional.empty(), Set.of("ws_made_up"));

        assertEquals(List.of(
                "date: 2026-03-11 is in the future (today is 2026-03-10)",
                "pain-during: 11 is out of range (0 to 10)",
                "pain-after: -1 is out of range (0 to 10)",
                "heel-raises-sore: 500 is out of range (0 to 200)",
                "warning: unknown warning sign \"ws_made_up\" (known: ws_warmth)"), c.problems(TODAY, Set.of("ws_warmth")));
    }

    @Test
    void everyMeasureIsCheckedAgainstItsOwnLimitWithItsName() {
        CheckIn c = new CheckIn(TODAY, Activity.RUN, 601, 11, 11, 11, 11, Optional.of(201), Optional.of(201),
                Optional.empty(), Set.of());

        assertEquals(List.of(
                "minutes: 601 is out of range (0 to 600)",
                "pain-during: 11 is out of range (0 to 10)",
                "pain-after: 11 is out of range (0 to 10)",
                "pain-morning: 11 is out of range (0 to 10)",
                "stiffness-morning: 11 is out of range (0 to 10)",
                "heel-raises-sore: 201 is out of range (0 to 200)",
                "heel-raises-other: 201 is out of range (0 to 200)"), c.problems(TODAY, Set.of()));
    }

    @Test
    void aGoodCheckInHasNoProblemsAndComparesHeelRaises() {
        CheckIn c = new CheckIn(TODAY, Activity.WALK, 30, 2, 2, 0, 1, Optional.of(18), Optional.of(24),
                Optional.of(true), Set.of());

        assertEquals(List.of(), c.problems(TODAY, Set.of()));
        assertEquals(Optional.of(75.0), c.heelRaisePercent());
    }
}
