package org.calfcheck.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.calfcheck.content.Section;

/** The current section of the questionnaire: progress, title, intro and its questions. */
public final class WizardView extends VBox {

    private final WizardViewModel model;
    private final VBox questions = new VBox(26);
    private final Label title = new Label();
    private final Label intro = WelcomeView.wrapped("");
    /** Built once per question and reused, so going back shows the same controls with their listeners. */
    private final java.util.Map<String, QuestionView> built = new java.util.HashMap<>();

    public WizardView(WizardViewModel model) {
        super(16);
        this.model = model;
        setId("wizard");

        Label progress = new Label();
        progress.setId("progress");
        progress.textProperty().bind(model.progressProperty());
        progress.getStyleClass().add("progress-text");
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.sectionIndexProperty().add(1).divide((double) model.sectionCount()));
        bar.setAccessibleText("Questionnaire progress");
        bar.getStyleClass().add("small");
        title.setId("section-title");
        title.getStyleClass().add("heading");
        title.setWrapText(true);
        intro.getStyleClass().add("lead");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label working = new Label("Working out your results…", spinner);
        HBox busy = new HBox(working);
        busy.setId("busy");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());

        getChildren().addAll(progress, bar, title, intro, questions, busy);
        model.sectionIndexProperty().addListener((obs, old, now) -> showSection());
        showSection();
    }

    public WizardViewModel model() {
        return model;
    }

    /** Moves the keyboard focus to the first shown question of the page. */
    public void focusFirstQuestion() {
        questionViews().stream().filter(QuestionView::isVisible).findFirst().ifPresent(QuestionView::focusFirst);
    }

    /** The views of the questions on the page. */
    public List<QuestionView> questionViews() {
        return questions.getChildren().stream().map(QuestionView.class::cast).toList();
    }

    public QuestionView viewOf(QuestionViewModel question) {
        return questionViews().stream().filter(v -> v.model() == question).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(question.id() + " is not on this page"));
    }

    private void showSection() {
        Section section = model.currentSection();
        title.setText(section.title());
        intro.setText(section.intro() == null ? "" : section.intro());
        intro.setVisible(!intro.getText().isBlank());
        intro.setManaged(intro.isVisible());
        questions.getChildren().setAll(model.currentQuestions().stream()
                .map(q -> built.computeIfAbsent(q.id(), id -> new QuestionView(q))).toList());
        Platform.runLater(this::focusFirstQuestion);
    }
}
