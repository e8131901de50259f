package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Test;

class CheckFlowViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CheckFlowViewModel flow = new CheckFlowViewModel(dialogs, UiFixtures.DIRECT, ResultActions.NONE,
            EngineAssessor::of);

    @Test
    void startingBeforeTheContentHasLoadedDoesNothing() {
        flow.welcome().start();

        assertEquals(CheckFlowViewModel.Step.WELCOME, flow.getStep());
    }

    @Test
    void brokenContentKeepsTheWelcomeWithStartOff() {
        flow.contentLoaded(new ContentOutcome.Failed("2 problems.", List.of("a", "b")));

        flow.welcome().start();

        assertEquals(CheckFlowViewModel.Step.WELCOME, flow.getStep());
        assertFalse(flow.welcome().canStartProperty().get());
    }

    @Test
    void startingUsesTheChosenUnit() {
        flow.contentLoaded(new ContentOutcome.Loaded(UiFixtures.content()));
        flow.welcome().unitsProperty().set(DistanceUnit.MI);

        flow.welcome().start();

        assertEquals(CheckFlowViewModel.Step.QUESTIONS, flow.getStep());
        assertEquals(DistanceUnit.MI, flow.wizardProperty().get().orElseThrow().units());
    }

    @Test
    void startOverWithoutAnswersAsksNothing() {
        start();

        assertTrue(flow.startOver());

        assertEquals(List.of(), dialogs.shown());
        assertEquals(CheckFlowViewModel.Step.WELCOME, flow.getStep());
    }

    @Test
    void startOverAsksFirstWhenAnswersWouldBeLostAndCancelKeepsThem() {
        start();
        flow.wizardProperty().get().orElseThrow().question("felt_pop").choose("no");

        assertFalse(flow.startOver());

        assertEquals("Start over", dialogs.shown("confirm").get(0).details().get(0));
        assertEquals(CheckFlowViewModel.Step.QUESTIONS, flow.getStep());
        assertTrue(flow.hasAnswers());
    }

    @Test
    void confirmedStartOverClearsTheAnswers() {
        start();
        flow.wizardProperty().get().orElseThrow().question("felt_pop").choose("no");
        dialogs.answerConfirm(true);

        assertTrue(flow.startOver());

        assertEquals(CheckFlowViewModel.Step.WELCOME, flow.getStep());
        assertFalse(flow.hasAnswers());
    }

    @Test
    void backToTheWelcomeAndOnAgainKeepsTheAnswers() {
        start();
        WizardViewModel wizard = flow.wizardProperty().get().orElseThrow();
        wizard.question("felt_pop").choose("no");

        wizard.back();
        flow.welcome().start();

        assertEquals(CheckFlowViewModel.Step.QUESTIONS, flow.getStep());
        assertTrue(flow.wizardProperty().get().orElseThrow().question("felt_pop").getAnswer().isPresent());
    }

    @Test
    void anEmergencyCertainOnTheFirstPageGoesToTheResultsOnNext() {
        start();
        WizardViewModel wizard = flow.wizardProperty().get().orElseThrow();
        wizard.question("breathless_chest_pain").choose("yes");

        wizard.next();

        assertEquals(CheckFlowViewModel.Step.RESULTS, flow.getStep());
        assertEquals(org.calfcheck.content.CareLevel.EMERGENCY,
                flow.resultsProperty().get().orElseThrow().careLevel());
    }

    private void start() {
        flow.contentLoaded(new ContentOutcome.Loaded(UiFixtures.content()));
        flow.welcome().start();
    }
}
