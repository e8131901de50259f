package org.calfcheck.ui;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.calfcheck.content.Content;
import org.calfcheck.engine.DistanceUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole check: welcome → questionnaire → results, and starting over (asking first when answers would be
 * lost). Holds the current screen's view-model; the page shows whichever step is current.
 */
public final class CheckFlowViewModel {


    /** Where the runner is. */
    public enum Step { WELCOME, QUESTIONS, RESULTS }

    private final DialogService dialogs;
    private final BackgroundRunner runner;
    private final ResultActions actions;
    private final Function<Content, Assessor> engine;
    private final WelcomeViewModel welcome;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.WELCOME);
    private final ReadOnlyObjectWrapper<Optional<WizardViewModel>> wizard =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ResultsViewModel>> results =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private Optional<Assessor> assessor = Optional.empty();

    /** @param engine makes the engine for loaded content */
    public CheckFlowViewModel(DialogService dialogs, BackgroundRunner runner, ResultActions actions,
                              Function<Content, Assessor> engine) {
        this.dialogs = dialogs;
        this.runner = runner;
        this.actions = actions;
        this.engine = engine;
        this.welcome = new WelcomeViewModel(this::start);
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step getStep() {
        return step.get();
    }

    public ReadOnlyObjectProperty<Optional<WizardViewModel>> wizardProperty() {
        return wizard.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ResultsViewModel>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public void contentLoaded(ContentOutcome outcome) {
        if (outcome instanceof ContentOutcome.Loaded loaded) {
            assessor = Optional.of(engine.apply(loaded.content()));
            welcome.contentReady();
        } else if (outcome instanceof ContentOutcome.Failed failed) {
            assessor = Optional.empty();
            welcome.contentFailed(failed.summary());
        }
    }

    /** Whether starting over would throw answers away. */
    public boolean hasAnswers() {
        return wizard.get().map(WizardViewModel::hasAnyAnswer).orElse(false);
    }

    /** Back to the welcome with no answers; asks first when answers would be lost. Returns whether it did. */
    public boolean startOver() {
        if (hasAnswers() && !dialogs.confirm("Start over?",
                "Your answers and results will be cleared. Nothing is saved unless you saved it.", "Start over")) {
            return false;
        }
        wizard.set(Optional.empty());
        results.set(Optional.empty());
        step.set(Step.WELCOME);
        return true;
    }

    /**
     * Shows a check finished earlier (reopened from a client's history) exactly as it was computed then. Answers
     * in progress stay where they are; Start over clears both.
     */
    public void showSaved(CompletedCheck check) {
        showResults(check);
    }

    private void start(DistanceUnit units) {
        if (assessor.isEmpty()) {
            return;
        }
        // coming back from the welcome keeps the answers unless the unit changed (distances would mean otherwise)
        if (wizard.get().filter(w -> w.units() == units).isEmpty()) {
            wizard.set(Optional.of(new WizardViewModel(assessor.get(), units, runner, this::showResults,
                    () -> step.set(Step.WELCOME), this::assessmentFailed)));
        }
        step.set(Step.QUESTIONS);
    }

    private void showResults(CompletedCheck check) {
        results.set(Optional.of(new ResultsViewModel(check, actions)));
        step.set(Step.RESULTS);
    }

    private void assessmentFailed(Throwable error) {
        log().error("Assessing the answers failed", error);
        dialogs.showError("Your results could not be worked out",
                "Something went wrong inside CalfCheck. Your answers are still here; please try again.",
                java.util.List.of(String.valueOf(error.getMessage())));
    }

    /** Looked up when needed: logging starts up after the first frame, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(CheckFlowViewModel.class);
    }
}
