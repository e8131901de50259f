package org.calfcheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.calfcheck.content.Choice;
import org.calfcheck.content.QuestionType;
import org.calfcheck.engine.Answer;
import org.kordamp.ikonli.feather.Feather;

/**
 * One question: its text, a control that fits its type, the help text in a muted style, and the message next to
 * it. Shown or hidden live by the view-model; every control has an id ({@code q-<question>-<choice>}) and an
 * accessible name.
 */
public final class QuestionView extends VBox {

    private final QuestionViewModel model;
    private final List<Control> inputs = new ArrayList<>();

    public QuestionView(QuestionViewModel model) {
        super(8);
        this.model = model;
        String id = model.id();
        setId("q-" + id);
        getStyleClass().add("question");
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());

        Label text = WelcomeView.wrapped(model.question().text());
        text.getStyleClass().add("question-text");
        text.setId("q-" + id + "-text");
        getChildren().add(text);
        getChildren().add(control());
        if (model.question().help() != null && !model.question().help().isBlank()) {
            Label help = WelcomeView.wrapped(model.question().help());
            help.getStyleClass().add("help-text");
            getChildren().add(help);
        }
        Label error = WelcomeView.wrapped("");
        error.setId("q-" + id + "-error");
        error.getStyleClass().add("field-error");
        error.setGraphic(AppShell.icon(Feather.ALERT_CIRCLE));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(error);
        model.errorProperty().addListener((obs, old, now) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty()));
    }

    public QuestionViewModel model() {
        return model;
    }

    /** Puts the keyboard focus on the question's first control. */
    public void focusFirst() {
        firstControl().ifPresent(QuestionView::focusOnceShown);
    }

    /**
     * A page's controls join the window only when its scroll pane is next laid out; asked before that, the focus
     * would stay where it was (on the top navigation, or nowhere once the Start button has gone).
     */
    private static void focusOnceShown(Node control) {
        if (control.getScene() != null) {
            control.requestFocus();
            return;
        }
        control.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    control.sceneProperty().removeListener(this);
                    control.requestFocus();
                }
            }
        });
    }

    /** The control a keyboard user answers the question with first. */
    java.util.Optional<Control> firstControl() {
        return inputs.stream().filter(c -> !c.isDisabled()).findFirst();
    }

    private Node control() {
        QuestionType type = model.question().type();
        return switch (type) {
            case SINGLE_CHOICE -> radios();
            case MULTI_CHOICE -> BodyMapView.fits(model) ? new PainAreasControl(model, this::register) : checks();
            case YES_NO -> segmented(withUnknown(model.choices()), "yes-no");
            case SCALE -> scale();
            case NUMBER -> number();
        };
    }

    private List<Choice> withUnknown(List<Choice> choices) {
        List<Choice> all = new ArrayList<>(choices);
        if (model.question().allowUnknown()) {
            all.add(new Choice(QuestionViewModel.UNKNOWN, "Don't know"));
        }
        return all;
    }

    private Node radios() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6);
        for (Choice choice : withUnknown(model.choices())) {
            RadioButton radio = new RadioButton(choice.label());
            radio.setMnemonicParsing(false);
            radio.setWrapText(true);
            setUp(radio, choice, group);
            box.getChildren().add(radio);
        }
        syncToggles(group);
        return box;
    }

    private Node segmented(List<Choice> choices, String styleClass) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add(styleClass);
        for (int i = 0; i < choices.size(); i++) {
            ToggleButton button = new ToggleButton(choices.get(i).label());
            button.setMnemonicParsing(false);
            button.getStyleClass().add(choices.size() == 1 ? "" : i == 0 ? "left-pill"
                    : i == choices.size() - 1 ? "right-pill" : "center-pill");
            button.setMinWidth(Region.USE_PREF_SIZE);
            setUp(button, choices.get(i), group);
            box.getChildren().add(button);
        }
        syncToggles(group);
        return box;
    }

    private Node scale() {
        List<Choice> points = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            points.add(new Choice(Integer.toString(i), Integer.toString(i)));
        }
        Node row = segmented(withUnknown(points), "scale");
        Label ends = new Label("0 = no pain · 10 = the worst you can imagine");
        ends.getStyleClass().add("help-text");
        return new VBox(4, row, ends);
    }

    private void setUp(ToggleButton toggle, Choice choice, ToggleGroup group) {
        toggle.setToggleGroup(group);
        toggle.setUserData(choice.id());
        toggle.setId("q-" + model.id() + "-" + choice.id());
        toggle.setAccessibleText(model.question().text() + ": " + choice.label());
        toggle.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                choose(choice.id());
            } else if (group.getSelectedToggle() == null && isChosen(choice.id())) {
                // clicking the chosen option again keeps it: an answer is cleared only by choosing another
                Platform.runLater(() -> toggle.setSelected(true));
            }
        });
        ArrowKeysStop.atTheEnds(toggle);
        register(toggle);
    }

    private void choose(String choiceId) {
        if (model.question().type() == QuestionType.SCALE && !QuestionViewModel.UNKNOWN.equals(choiceId)) {
            model.setScale(Integer.parseInt(choiceId));
        } else {
            model.choose(choiceId);
        }
    }

    private boolean isChosen(String choiceId) {
        if (model.question().type() == QuestionType.SCALE) {
            return model.getAnswer().map(a -> a instanceof Answer.Number n
                    ? Integer.toString((int) n.value()).equals(choiceId)
                    : a instanceof Answer.Unknown && QuestionViewModel.UNKNOWN.equals(choiceId)).orElse(false);
        }
        return model.isChosen(choiceId);
    }

    private void syncToggles(ToggleGroup group) {
        Runnable sync = () -> {
            for (Toggle toggle : group.getToggles()) {
                boolean chosen = isChosen((String) toggle.getUserData());
                if (toggle.isSelected() != chosen) {
                    toggle.setSelected(chosen);
                }
            }
        };
        model.answerProperty().addListener((obs, old, now) -> sync.run());
        sync.run();
    }

    private Node checks() {
        FlowPane box = new FlowPane(18, 8);
        for (Choice choice : withUnknown(model.choices())) {
            box.getChildren().add(checkBox(model, choice, this::register));
        }
        return box;
    }

    /** A tick box for one choice of a multiple-choice question, bound both ways to the view-model. */
    static CheckBox checkBox(QuestionViewModel model, Choice choice, java.util.function.Consumer<Control> register) {
        CheckBox box = new CheckBox(choice.label());
        box.setMnemonicParsing(false);
        box.setWrapText(true);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setId("q-" + model.id() + "-" + choice.id());
        box.setAccessibleText(model.question().text() + ": " + choice.label());
        box.setSelected(model.isChosen(choice.id()));
        box.selectedProperty().addListener((obs, was, now) -> model.toggle(choice.id(), now));
        model.answerProperty().addListener((obs, old, now) -> box.setSelected(model.isChosen(choice.id())));
        register.accept(box);
        return box;
    }

    private Node number() {
        TextField field = new TextField();
        field.setId("q-" + model.id() + "-field");
        field.setPrefColumnCount(6);
        field.setMaxWidth(140);
        field.textProperty().bindBidirectional(model.numberTextProperty());
        String unit = model.unitLabel();
        field.setAccessibleText(model.question().text() + (unit.isEmpty() ? "" : ", in " + unit));
        register(field);
        Label unitLabel = new Label(unit);
        unitLabel.getStyleClass().add("unit-label");
        HBox row = new HBox(10, field, unitLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        if (model.question().allowUnknown()) {
            CheckBox unknown = new CheckBox("Don't know");
            unknown.setId("q-" + model.id() + "-unknown");
            unknown.setAccessibleText(model.question().text() + ": don't know");
            unknown.selectedProperty().bindBidirectional(model.unknownProperty());
            field.disableProperty().bind(unknown.selectedProperty());
            Region gap = new Region();
            gap.setMinWidth(14);
            row.getChildren().addAll(gap, unknown);
            register(unknown);
        }
        String hint = model.rangeHint();
        if (!hint.isEmpty()) {
            Label range = new Label(hint);
            range.getStyleClass().add("help-text");
            HBox.setHgrow(range, Priority.NEVER);
            row.getChildren().add(range);
            range.setPadding(new javafx.geometry.Insets(0, 0, 0, 14));
        }
        return row;
    }

    private void register(Control control) {
        inputs.add(control);
    }

    static String idPart(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
