package org.calfcheck.ui.recovery;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.calfcheck.content.WarningSign;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;

/**
 * The daily check-in, quick by keyboard: Tab from field to field, arrows or a typed number for each 0–10 score,
 * Enter on "Save check-in". Each field's problem is shown under it, all at once.
 */
public final class CheckInView extends VBox {

    private final FlowPane signs = new FlowPane(12, 6);
    private final CheckInForm form;

    public CheckInView(CheckInForm form, Runnable onClose) {
        super(10);
        this.form = form;
        setId("check-in-form");
        getStyleClass().addAll("card-box", "check-in-form");

        Label title = new Label("Today's check-in");
        title.getStyleClass().add("subheading");
        Label lead = wrapped("About yesterday's activity and how the calf is this morning. Under a minute.");
        lead.getStyleClass().add("help-text");

        DatePicker date = new DatePicker();
        date.setId("checkin-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        date.setAccessibleText("Date of the check-in");
        date.setPrefWidth(150);
        // the same form as the log and the command line: 2026-11-24
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null));

        ToggleGroup did = new ToggleGroup();
        HBox activities = new HBox(10);
        activities.setAlignment(Pos.CENTER_LEFT);
        for (Activity activity : Activity.values()) {
            RadioButton choice = new RadioButton(label(activity));
            choice.setId("checkin-activity-" + activity.jsonName());
            choice.setUserData(activity);
            choice.setToggleGroup(did);
            choice.setSelected(form.activityProperty().get() == activity);
            activities.getChildren().add(choice);
        }
        did.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.activityProperty().set((Activity) now.getUserData());
            }
        });
        form.activityProperty().addListener((obs, old, now) -> did.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        Spinner<Integer> minutes = score("checkin-minutes", "Minutes of walking or running", form.minutesProperty(),
                CheckIn.MAX_MINUTES);
        minutes.disableProperty().bind(form.activityProperty().isEqualTo(Activity.REST));

        HBox first = row(field("Date", date, "date"), field("What you did yesterday", activities, null),
                field("Minutes", minutes, "minutes"));

        HBox pains = row(
                field("Pain during (0–10)", score("checkin-pain-during", "Pain during the activity, 0 to 10",
                        form.painDuringProperty(), CheckIn.MAX_PAIN), "pain-during"),
                field("Pain after", score("checkin-pain-after", "Pain in the hours after, 0 to 10",
                        form.painAfterProperty(), CheckIn.MAX_PAIN), "pain-after"),
                field("Pain this morning", score("checkin-pain-morning", "Pain on getting up this morning, 0 to 10",
                        form.painMorningProperty(), CheckIn.MAX_PAIN), "pain-morning"),
                field("Stiffness this morning", score("checkin-stiffness", "Stiffness this morning, 0 to 10",
                        form.stiffnessProperty(), CheckIn.MAX_PAIN), "stiffness-morning"));

        TextField sore = count("checkin-heel-sore", "Heel raises on the sore leg", form.heelSoreProperty());
        TextField other = count("checkin-heel-other", "Heel raises on the other leg", form.heelOtherProperty());
        ChoiceBox<CheckInForm.Hops> hops = new ChoiceBox<>();
        hops.setId("checkin-hops");
        hops.getItems().setAll(CheckInForm.Hops.values());
        hops.valueProperty().bindBidirectional(form.hopsProperty());
        hops.setAccessibleText("Ten hops on the sore leg");
        HBox tests = row(field("Heel raises, sore leg", sore, "heel-raises-sore"),
                field("Heel raises, other leg", other, "heel-raises-other"),
                field("Ten hops on the sore leg", hops, null));
        Label howTo = wrapped("Heel raises: stand on one leg, a fingertip on a wall, and rise onto your toes and"
                + " down, slowly, until you can't go fully up. Count them; leave empty if you did not test.");
        howTo.getStyleClass().add("help-text");

        Label signsTitle = new Label("Any of these since yesterday? A tick pauses the plan and says what to do.");
        signsTitle.setWrapText(true);
        signsTitle.getStyleClass().add("section-label");
        signs.setId("checkin-warning-signs");

        Label summary = new Label();
        summary.setId("checkin-summary");
        summary.getStyleClass().add("field-error");
        summary.textProperty().bind(form.summaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        Button save = new Button("Save chec_k-in");
        save.setId("save-checkin");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> {
            if (form.save()) {
                onClose.run();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-checkin");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> {
            form.clear();
            onClose.run();
        });
        // Enter saves from a tick box or choice too (they would keep it to themselves), as from the number fields
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                    && (e.getTarget() instanceof CheckBox || e.getTarget() instanceof RadioButton)) {
                e.consume();
                save.fire();
            }
        });
        HBox buttons = new HBox(10, summary, spacer(), cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, lead, first, pains, tests, howTo, signsTitle, signs,
                problem("warning"), buttons);
    }

    /** The plan's warning signs as tick boxes, once the plan's content is known. */
    public void showWarningSigns(List<WarningSign> warningSigns) {
        if (signs.getChildren().size() == warningSigns.size()) {
            return;
        }
        signs.getChildren().clear();
        for (WarningSign sign : warningSigns) {
            CheckBox box = new CheckBox(sign.label());
            box.setId("checkin-" + sign.id());
            box.setWrapText(true);
            box.setSelected(form.warningSigns().contains(sign.id()));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    form.warningSigns().add(sign.id());
                } else {
                    form.warningSigns().remove(sign.id());
                }
            });
            form.warningSigns().addListener((javafx.collections.SetChangeListener<String>) change ->
                    box.setSelected(form.warningSigns().contains(sign.id())));
            signs.getChildren().add(box);
        }
    }

    private static String label(Activity activity) {
        return switch (activity) {
            case REST -> "Rest";
            case WALK -> "Walk";
            case WALK_RUN -> "Walk-run";
            case RUN -> "Run";
        };
    }

    /** A 0–max number: arrows step it, a typed number counts when the field is left. */
    private static Spinner<Integer> score(String id, String accessible, IntegerProperty value, int max) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, value.get());
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setId(id);
        spinner.setAccessibleText(accessible);
        spinner.getEditor().setAccessibleText(accessible); // the field a screen reader lands in
        spinner.setPrefWidth(90);
        ObjectProperty<Integer> boxed = value.asObject();
        spinner.getProperties().put("model", boxed); // held: the binding keeps only a weak reference
        factory.valueProperty().bindBidirectional(boxed);
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
        return spinner;
    }

    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.getValueFactory().setValue(Integer.parseInt(spinner.getEditor().getText().strip()));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    private static TextField count(String id, String accessible, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessible);
        field.setPromptText("not tested");
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private VBox field(String name, Node control, String problemField) {
        Label label = new Label(name);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, label, control);
        if (problemField != null) {
            box.getChildren().add(problem(problemField));
        }
        return box;
    }

    private Label problem(String field) {
        Label problem = new Label();
        problem.setId("problem-" + field);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(260);
        ReadOnlyStringProperty text = form.problemProperty(field);
        problem.textProperty().bind(text);
        problem.managedProperty().bind(text.isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }

    private static HBox row(Node... fields) {
        HBox row = new HBox(18, fields);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        return spacer;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
