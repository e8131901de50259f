package org.calfcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.recovery.PlanWeek;
import org.junit.jupiter.api.Test;

/** The recovery plan's week as a section of the routine sheet, and a sheet without a plan left as it was. */
class PlanWeekSheetTest {


    private final SheetWriter writer = new SheetWriter();

    private SheetRequest request() {
        return new SheetRequest(SheetFixtures.selfCare(), Optional.of("Sam Runner"), SheetFixtures.PLAN_START.plusDays(4), Paper.A4,
                DistanceUnit.KM, Optional.empty());
    }

    @Test
    void theWeekIsASectionWithTheStageItsExercisesEachDayAndTheTestsToMoveOn() throws Exception {
        PlanWeek week = SheetFixtures.planWeek(5, Set.of());
        byte[] bytes = writer.write(request().withPlanWeek(Optional.of(week)));
        Files.createDirectories(Path.of("target/sheets"));
        Files.write(Path.of("target/sheets/plan-week.pdf"), bytes);
        PdfText pdf = PdfText.of(bytes);

        assertTrue(pdf.contains(PlanWeekBlocks.HEADING + ": stage " + week.stage().number() + " of "
                + week.stage().of() + ", " + week.stage().title()), pdf.text());
        assertTrue(pdf.contains(week.stage().today()));
        week.stage().exercises().forEach(e -> assertTrue(pdf.contains(e.title()), e.title()));
        assertTrue(pdf.contains("Today, " + "Fri 20 Nov"), pdf.text());
        assertTrue(pdf.contains("Thu 26 Nov"), "the seventh day");
        assertFalse(pdf.contains("Fri 27 Nov"), "only seven days");
        assertTrue(pdf.contains(week.today().reason()));
        assertTrue(pdf.contains(String.join("; ", week.moveOn())), pdf.text());
        assertTrue(pdf.indexOf(PlanWeekBlocks.HEADING) < pdf.indexOf("Get help if"), "get help stays last");
        assertEquals(1, pdf.pages(), "still one page");
    }

    @Test
    void aPausedWeekSaysWhyAndListsNoExercises() throws Exception {
        PlanWeek week = SheetFixtures.planWeek(5, Set.of("ws_night_pain"));
        byte[] bytes = writer.write(request().withPlanWeek(Optional.of(week)));
        Files.createDirectories(Path.of("target/sheets"));
        Files.write(Path.of("target/sheets/plan-week-paused.pdf"), bytes);
        PdfText pdf = PdfText.of(bytes);

        assertTrue(pdf.contains(PlanWeekBlocks.HEADING + ": paused"), pdf.text());
        assertTrue(pdf.contains(week.today().reason()), pdf.text());
        assertFalse(pdf.contains("Each day:"));
        assertFalse(pdf.contains("To move on"));
    }

    @Test
    void aSheetWithoutAPlanHasNoPlanSectionAndTheSameBytesAsBefore() {
        byte[] without = writer.write(request());
        PdfText pdf = PdfText.of(without);

        assertFalse(pdf.contains(PlanWeekBlocks.HEADING), pdf.text());
        assertFalse(pdf.contains("Each day:"));
        assertEquals(PdfText.of(writer.write(request().withPlanWeek(Optional.empty()))).text(), pdf.text());
    }

    @Test
    void theLongestRoutineWithTheWeekStillFitsTwoLetterPages() throws Exception {
        PlanWeek week = SheetFixtures.planWeek(12, Set.of());
        byte[] bytes = writer.write(new SheetRequest(SheetFixtures.longestRoutine(), Optional.of("Sam Runner"),
                SheetFixtures.PLAN_START.plusDays(11), Paper.LETTER, DistanceUnit.MI, Optional.empty())
                .withPlanWeek(Optional.of(week)));
        Files.createDirectories(Path.of("target/sheets"));
        Files.write(Path.of("target/sheets/plan-week-longest.pdf"), bytes);
        PdfText pdf = PdfText.of(bytes);

        assertEquals(2, pdf.pages());
        assertTrue(pdf.contains(PlanWeekBlocks.HEADING + ": stage " + week.stage().number()), pdf.text());
        week.stage().exercises().forEach(e -> assertTrue(pdf.contains(e.title()), e.title()));
    }
}
