package org.calfcheck.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.ui.CareLevelWords;
import org.calfcheck.ui.InlineRunner;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting a plan, the check-in's problems, replacing a day and a warning sign's pause, without a window. */
class RecoveryViewModelTest {

    private static final LocalDate TODAY = RecoveryFixtures.START;

    @TempDir
    Path dir;

    private RecoveryFixtures fixtures;
    private ClientStore store;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private RecoveryViewModel model;

    @BeforeEach
    void open() throws Exception {
        fixtures = new RecoveryFixtures(dir);
        store = fixtures.store(TODAY);
        model = new RecoveryViewModel(fixtures.book(store, TODAY), new InlineRunner(), dialogs);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private long me() throws Exception {
        return store.defaultClient().id();
    }

    @Test
    void aSelfCareCheckStartsThePlanAtItsFirstStage() throws Exception {
        Answers answers = fixtures.answers(RecoveryFixtures.SELF_CARE);
        boolean[] started = {false};

        model.startFrom(answers, fixtures.engine().assess(answers), () -> started[0] = true);

        assertTrue(started[0]);
        assertTrue(model.hasPlanProperty().get());
        assertTrue(model.stageHeadingProperty().get().startsWith("Stage 1 of 5 — "),
                model.stageHeadingProperty().get());
        assertFalse(model.exercises().isEmpty());
        assertEquals("Hold", model.decisionProperty().get());
        assertTrue(new RecoveryJournal(store, RecoveryFixtures.on(TODAY)).plan(me()).isPresent());
        assertTrue(dialogs.shown("confirm").isEmpty(), dialogs.shown().toString());
    }

    @Test
    void anUrgentCheckIsRefusedUntilTheRunnerRecordsAClearance() throws Exception {
        Answers answers = fixtures.answers(RecoveryFixtures.URGENT);
        assertEquals(CareLevel.URGENT, fixtures.engine().assess(answers).careLevel());

        model.startFrom(answers, fixtures.engine().assess(answers), () -> { }); // the confirm is declined

        RecoveryJournal journal = new RecoveryJournal(store, RecoveryFixtures.on(TODAY));
        assertTrue(journal.plan(me()).isEmpty());
        assertTrue(journal.clearances(me()).isEmpty());
        var asked = dialogs.shown("confirm");
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).message().contains("doctor or physiotherapist has seen you and cleared you"),
                asked.get(0).message());

        dialogs.answerConfirm(true);
        model.startFrom(answers, fixtures.engine().assess(answers), () -> { });

        assertTrue(journal.plan(me()).isPresent());
        assertEquals(1, journal.clearances(me()).size());
        assertTrue(model.hasPlanProperty().get());
    }

    @Test
    void withoutASavedCheckThePageSaysToDoACheckFirst() throws Exception {
        model.showMe();

        assertFalse(model.hasPlanProperty().get());
        assertTrue(model.noPlanProperty().get().contains("Do a check first"), model.noPlanProperty().get());
        model.startFromLatest();
        assertEquals("No check to start from", dialogs.shown("info").get(0).title());
    }

    @Test
    void everyProblemOfTheCheckInIsShownAtOnceAndNothingIsRecorded() throws Exception {
        started();
        CheckInForm form = model.form();
        form.dateProperty().set(TODAY.plusDays(2));
        form.heelSoreProperty().set("lots");
        form.heelOtherProperty().set("999");

        assertFalse(form.save());

        assertTrue(form.problemProperty("date").get().contains("is in the future"), form.problemProperty("date").get());
        assertTrue(form.problemProperty("heel-raises-sore").get().contains("not a whole number"));
        assertTrue(form.problemProperty("heel-raises-other").get().contains("out of range (0 to 200)"));
        assertEquals("3 problems: see the fields marked below.", form.summaryProperty().get());
        assertTrue(new RecoveryJournal(store, RecoveryFixtures.on(TODAY)).checkIns(me()).isEmpty());
    }

    @Test
    void aSecondCheckInTheSameDayReplacesTheFirstOnlyWhenTheRunnerSaysSo() throws Exception {
        started();
        CheckInForm form = model.form();
        fill(form, 2);
        assertTrue(form.save());
        assertEquals(1, model.log().size());

        fill(form, 4);
        assertFalse(form.save()); // asked, and the safe answer (keep) is the default
        assertEquals("2/10", model.log().get(0).painDuring());
        assertTrue(dialogs.shown("confirm").get(0).title().contains("Replace the check-in of " + TODAY));

        dialogs.answerConfirm(true);
        fill(form, 4);
        assertTrue(form.save());
        assertEquals(1, model.log().size());
        assertEquals("4/10", model.log().get(0).painDuring());
    }

    @Test
    void aWarningSignPausesThePlanAtOnceWithTheCareLevelsOneWording() throws Exception {
        started();
        CheckInForm form = model.form();
        fill(form, 1);
        form.warningSigns().add("ws_breathless");

        assertTrue(form.save());

        assertTrue(model.pausedProperty().get());
        assertEquals("Paused", model.decisionProperty().get());
        assertEquals(CareLevelWords.EMERGENCY, model.careProperty().get());
        assertFalse(model.flags().isEmpty());
        assertTrue(model.reasonProperty().get().startsWith("Paused: you reported short of breath"),
                model.reasonProperty().get());
        assertEquals("Paused", model.log().get(0).decision());
    }

    @Test
    void daysOfLowSettlingPainShowTheEnginesDecisionsInTheLog() throws Exception {
        store.close();
        store = fixtures.store(TODAY.plusDays(6));
        fixtures.meWithAWeek(store);
        model = new RecoveryViewModel(fixtures.book(store, TODAY.plusDays(6)), new InlineRunner(), dialogs);

        model.showMe();

        assertEquals(5, model.log().size());
        assertEquals(TODAY.plusDays(5), model.log().get(0).day()); // newest first
        assertEquals("Walk 45 min", model.log().get(0).activity());
        assertEquals("19 / 24", model.log().get(0).heelRaises());
        assertEquals(5, model.checkIns().size());
        assertFalse(model.reasonProperty().get().isEmpty());
    }

    private void started() throws Exception {
        Answers answers = fixtures.answers(RecoveryFixtures.SELF_CARE);
        model.startFrom(answers, fixtures.engine().assess(answers), () -> { });
    }

    private static void fill(CheckInForm form, int pain) {
        form.dateProperty().set(TODAY);
        form.activityProperty().set(Activity.WALK);
        form.minutesProperty().set(20);
        form.painDuringProperty().set(pain);
        form.painAfterProperty().set(1);
        form.painMorningProperty().set(0);
        form.stiffnessProperty().set(1);
        form.heelSoreProperty().set("15");
        form.heelOtherProperty().set("22");
    }
    @Test
    void printingTheWeekHandsOnTheStartingChecksSheetWithThisWeeksPlan() throws Exception {
        java.util.List<RecoveryBook.PlanSheet> printed = new java.util.ArrayList<>();
        model = new RecoveryViewModel(fixtures.book(store, TODAY), new InlineRunner(), dialogs,
                java.util.Optional.of(printed::add));
        Answers answers = fixtures.answers(RecoveryFixtures.SELF_CARE);
        model.showMe();

        model.printWeek();
        assertTrue(printed.isEmpty(), "nothing to print without a plan");
        model.startFrom(answers, fixtures.engine().assess(answers), () -> { });
        model.printWeek();

        assertTrue(model.canPrint());
        assertEquals(1, printed.size());
        RecoveryBook.PlanSheet sheet = printed.get(0);
        assertEquals(answers, sheet.check().answers());
        assertEquals(CareLevel.SELF_CARE, sheet.check().assessment().careLevel());
        assertTrue(sheet.check().name().isEmpty(), "the runner's own sheet carries no \"Me\"");
        assertEquals(7, sheet.week().orElseThrow().days().size());
        assertEquals(TODAY, sheet.week().orElseThrow().days().get(0).date());
    }

    @Test
    void aPageWithoutASheetPreviewOffersNoPrinting() {
        assertFalse(model.canPrint());
    }
}
