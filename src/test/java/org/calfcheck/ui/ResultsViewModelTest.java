package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.RoutineSection;
import org.calfcheck.engine.Strength;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    private final Assessor engine = UiFixtures.engine();

    private ResultsViewModel results(String vignette, ResultActions actions) {
        Answers answers = UiFixtures.vignette(vignette);
        return new ResultsViewModel(new CompletedCheck(answers, engine.assess(answers)), actions);
    }

    @Test
    void emergencyPutsWhatToDoNowFirstAndExplainsTheMissingRoutine() {
        ResultsViewModel model = results("emergency-breathless-with-calf-pain", ResultActions.NONE);

        assertEquals(CareLevelWords.EMERGENCY, model.banner());
        assertEquals("Call emergency services now", model.banner().title());
        assertTrue(model.actNowFirst());
        assertFalse(model.hasRoutine());
        assertTrue(model.withheldExplanation().startsWith("No routine is shown"));
        assertEquals(CareLevel.EMERGENCY, model.flags().get(0).careLevel());
    }

    @Test
    void aPossibleClotListsTheWithheldItemsWithReasons() {
        ResultsViewModel model = results("urgent-clot-rest-pain-on-the-pill", ResultActions.NONE);

        assertEquals("See a doctor today", model.banner().title());
        assertTrue(model.actNowFirst());
        assertTrue(model.withheld().stream().anyMatch(w -> w.id().equals("rc_massage")));
        assertFalse(model.withheldExplanation().isEmpty());
        assertTrue(model.routine().stream().flatMap(s -> s.items().stream()).noneMatch(i -> i.id().equals("rc_massage")));
    }

    @Test
    void aPossibleClotShowsOnlyWhatToDoUntilSeenEachWithItsReason() {
        ResultsViewModel model = results("urgent-clot-rest-pain-on-the-pill", ResultActions.NONE);

        assertEquals("Until you are seen", model.routine().get(0).title());
        assertEquals(List.of("recovery"), model.routine().stream().map(RoutineSection::id).toList());
        assertTrue(model.routine().get(0).items().stream().allMatch(i -> i.why().startsWith("Because ")));
    }

    @Test
    void selfCareSectionsComeInTheOrderToDoThem() {
        ResultsViewModel model = results("self-care-mileage-jump-fifty-percent", ResultActions.NONE);

        List<String> order = List.of("recovery", "warm-up", "stretches", "prevention");
        List<String> shown = model.routine().stream().map(RoutineSection::id).toList();
        assertEquals(shown, order.stream().filter(shown::contains).toList());
        assertEquals("Rest and settle", model.routine().get(0).title());
    }

    @Test
    void selfCareShowsTheRoutineAndNoActNowSection() {
        ResultsViewModel model = results("self-care-mileage-jump-fifty-percent", ResultActions.NONE);

        assertEquals("You can look after this yourself", model.banner().title());
        assertFalse(model.actNowFirst());
        assertTrue(model.hasRoutine());
        assertEquals("", model.withheldExplanation());
    }

    @Test
    void strengthIsAWordAndABarNeverAPercentage() {
        assertEquals("Strong", ResultsViewModel.strengthWord(Strength.STRONG));
        assertEquals(3, ResultsViewModel.strengthSegments(Strength.STRONG));
        assertEquals(2, ResultsViewModel.strengthSegments(Strength.MODERATE));
        assertEquals(1, ResultsViewModel.strengthSegments(Strength.POSSIBLE));
    }

    @Test
    void theSheetAndSaveCallbacksGetThisCheck() {
        List<CompletedCheck> sheets = new ArrayList<>();
        List<CompletedCheck> saved = new ArrayList<>();
        ResultsViewModel model = results("self-care-mileage-jump-fifty-percent",
                ResultActions.NONE.withRoutineSheet(sheets::add).withSaveToClient(saved::add));

        model.showSheet();
        model.saveToClient();

        assertEquals(List.of(model.assessment()), sheets.stream().map(CompletedCheck::assessment).toList());
        assertEquals(model.assessment(), saved.get(0).assessment());
        assertTrue(model.canShowSheet() && model.canSaveToClient());
    }

    @Test
    void withoutCallbacksTheButtonsAreOff() {
        ResultsViewModel model = results("self-care-mileage-jump-fifty-percent", ResultActions.NONE);

        assertFalse(model.canShowSheet());
        assertFalse(model.canSaveToClient());
    }
}
