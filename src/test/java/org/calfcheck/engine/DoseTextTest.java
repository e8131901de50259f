package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Range;
import org.junit.jupiter.api.Test;

class DoseTextTest {

    private static Dose dose(Range reps, Integer sets, Range hold, Range minutes, Range perDay, boolean perSide,
                             boolean eachDirection, String note) {
        return new Dose(Optional.ofNullable(reps), Optional.ofNullable(sets), Optional.ofNullable(hold),
                Optional.ofNullable(minutes), Optional.ofNullable(perDay), perSide, eachDirection,
                Optional.ofNullable(note));
    }

    @Test
    void repsAsARange() {
        assertEquals("10–15 reps", DoseText.of(dose(new Range(10, 15), null, null, null, null, false, false, null)));
    }

    @Test
    void repsWithSets() {
        assertEquals("12 reps · 2 sets", DoseText.of(dose(Range.of(12), 2, null, null, null, false, false, null)));
        assertEquals("12 reps · 1 set", DoseText.of(dose(Range.of(12), 1, null, null, null, false, false, null)));
    }

    @Test
    void holdOnEachSide() {
        assertEquals("hold 30 s · each side", DoseText.of(dose(null, null, Range.of(30), null, null, true, false, null)));
    }

    @Test
    void repsInEachDirection() {
        assertEquals("10 each direction", DoseText.of(dose(Range.of(10), null, null, null, null, false, true, null)));
        assertEquals("hold 5 s · each direction",
                DoseText.of(dose(null, null, Range.of(5), null, null, false, true, null)));
    }

    @Test
    void minutesAndTimesADay() {
        assertEquals("15–20 min · 2–3 times a day",
                DoseText.of(dose(null, null, null, new Range(15, 20), new Range(2, 3), false, false, null)));
        assertEquals("10 min · once a day",
                DoseText.of(dose(null, null, null, Range.of(10), Range.of(1), false, false, null)));
        assertEquals("twice a day", DoseText.of(dose(null, null, null, null, Range.of(2), false, false, null)));
    }

    @Test
    void theNoteComesLast() {
        assertEquals("hold 20–30 s · each side · no bouncing",
                DoseText.of(dose(null, null, new Range(20, 30), null, null, true, false, "no bouncing")));
    }

    @Test
    void noDoseIsEmptyText() {
        assertEquals("", DoseText.of(Dose.NONE));
    }
}
