package org.calfcheck.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * "Check my calves": welcome, then the questionnaire one section per page, then the results, with a footer that
 * stays in view: Start over / Back / Next on the questionnaire, Start over / Routine sheet / Save to client on the
 * results. Escape goes back when that loses nothing (not while typing).
 */
public final class CheckPage implements Page {

    private final CheckFlowViewModel flow;
    private final CenteredColumn column;
    private final BorderPane view = new BorderPane();
    private final Button back = new Button("_Back", LineIcon.ARROW_LEFT.node());
    private final Button next = new Button("_Next", LineIcon.ARROW_RIGHT.node());
    private final Button startOver = new Button("_Start over", LineIcon.ROTATE_CCW.node());
    /** The results' own buttons, filled in when results are shown. */
    private final StackPane resultActions = new StackPane();
    private Optional<WizardView> wizardView = Optional.empty();

    public CheckPage(CheckFlowViewModel flow) {
        this.flow = flow;
        this.column = new CenteredColumn(new javafx.scene.layout.Region());
        view.setId("check-page");
        view.setBottom(footer());
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::escapeGoesBack);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::enterGoesNext);
        flow.stepProperty().addListener((obs, old, now) -> showStep());
        // a result opened over another (from a client's history) keeps the step RESULTS but must still be drawn
        flow.resultsProperty().addListener((obs, old, now) -> {
            if (flow.getStep() == CheckFlowViewModel.Step.RESULTS && now.isPresent()) {
                showStep();
            }
        });
        flow.wizardProperty().addListener((obs, old, now) -> {
            wizardView = Optional.empty();
            now.ifPresent(model -> model.sectionIndexProperty().addListener((o, was, index) -> column.setVvalue(0)));
        });
        showStep();
    }

    @Override
    public String name() {
        return "Check my calves";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reset() {
        flow.startOver();
    }

    public CheckFlowViewModel flow() {
        return flow;
    }

    private Node footer() {
        for (Button button : new Button[] {back, next, startOver}) {
            button.setMnemonicParsing(true);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        back.setId("back");
        back.setAccessibleText("Back");
        next.setId("next");
        next.setAccessibleText("Next");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        startOver.setId("start-over");
        startOver.setAccessibleText("Start over");
        startOver.getStyleClass().add("flat");

        back.setOnAction(e -> wizard().ifPresent(WizardViewModel::back));
        next.setOnAction(e -> goNext());
        startOver.setOnAction(e -> flow.startOver());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, startOver, spacer, resultActions, back, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMaxWidth(CenteredColumn.MAX_WIDTH);
        StackPane footer = new StackPane(bar);
        footer.getStyleClass().add("page-footer");
        footer.setId("footer");
        return footer;
    }

    /**
     * The welcome fits the smallest window (1024×700) without scrolling, so it goes without a scroll pane: one skin
     * fewer to build before the first frame.
     */
    private Node welcomePane() {
        WelcomeView welcome = new WelcomeView(flow.welcome());
        welcome.setMaxWidth(CenteredColumn.MAX_WIDTH);
        StackPane pane = new StackPane(welcome);
        pane.setAlignment(Pos.TOP_CENTER);
        pane.getStyleClass().add("page");
        return pane;
    }

    private Optional<WizardViewModel> wizard() {
        return flow.wizardProperty().get();
    }

    private void goNext() {
        wizard().ifPresent(model -> {
            var wrong = model.next();
            if (!wrong.isEmpty()) {
                wizardView.ifPresent(w -> {
                    QuestionView first = w.viewOf(wrong.get(0));
                    column.reveal(first);
                    // later: Alt+N gives Next the focus after its action has run, which would undo this
                    Platform.runLater(first::focusFirst);
                });
            }
        });
    }

    /**
     * Enter means Next anywhere on a questionnaire page. The default button alone is not enough: a focused radio or
     * toggle button takes the Enter key for itself. Buttons and body-map areas keep their own Enter.
     */
    private void enterGoesNext(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || flow.getStep() != CheckFlowViewModel.Step.QUESTIONS
                || event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        Node focus = view.getScene() == null ? null : view.getScene().getFocusOwner();
        if (focus instanceof Button || focus instanceof BodyArea || focus instanceof javafx.scene.control.TitledPane) {
            return;
        }
        event.consume();
        if (!next.isDisabled()) {
            goNext();
        }
    }

    private void escapeGoesBack(KeyEvent event) {
        if (event.getCode() != KeyCode.ESCAPE || flow.getStep() != CheckFlowViewModel.Step.QUESTIONS) {
            return;
        }
        Node focus = view.getScene() == null ? null : view.getScene().getFocusOwner();
        boolean busy = wizard().map(w -> w.busyProperty().get()).orElse(true);
        if (!(focus instanceof TextInputControl) && !busy) {
            wizard().ifPresent(WizardViewModel::back);
            event.consume();
        }
    }

    private void showStep() {
        CheckFlowViewModel.Step step = flow.getStep();
        boolean questions = step == CheckFlowViewModel.Step.QUESTIONS;
        back.setVisible(questions);
        back.setManaged(questions);
        next.setVisible(questions);
        next.setManaged(questions);
        resultActions.getChildren().clear();
        next.setDefaultButton(questions);
        startOver.setVisible(step != CheckFlowViewModel.Step.WELCOME);
        view.getBottom().setVisible(step != CheckFlowViewModel.Step.WELCOME);
        view.getBottom().setManaged(step != CheckFlowViewModel.Step.WELCOME);
        next.disableProperty().unbind();
        back.disableProperty().unbind();
        switch (step) {
            case WELCOME -> view.setCenter(welcomePane());
            case QUESTIONS -> wizard().ifPresent(model -> {
                WizardView wizardPane = wizardView.filter(w -> w.model() == model).orElseGet(() -> new WizardView(model));
                wizardView = Optional.of(wizardPane);
                next.disableProperty().bind(model.busyProperty());
                back.disableProperty().bind(model.busyProperty());
                next.textProperty().bind(javafx.beans.binding.Bindings.when(model.lastSectionProperty())
                        .then("See my _results").otherwise("_Next"));
                // a screen reader hears where Next leads, also when an emergency ends the check early
                next.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(model.lastSectionProperty())
                        .then("See my results").otherwise("Next"));
                column.setColumn(wizardPane);
                view.setCenter(column);
                Platform.runLater(wizardPane::focusFirstQuestion);
            });
            case RESULTS -> flow.resultsProperty().get().ifPresent(model -> {
                ResultsView results = new ResultsView(model);
                resultActions.getChildren().setAll(ResultsView.actions(model));
                column.setColumn(results);
                view.setCenter(column);
                Platform.runLater(() -> results.getChildren().get(0).requestFocus());
            });
        }
    }
}
