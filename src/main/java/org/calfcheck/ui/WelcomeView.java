package org.calfcheck.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.calfcheck.engine.DistanceUnit;

/** What CalfCheck does, that it is not a diagnosis, km or miles, and the start button. */
public final class WelcomeView extends VBox {

    public WelcomeView(WelcomeViewModel model) {
        super(20);
        getStyleClass().add("welcome");
        setId("welcome");

        Label heading = new Label("Sore calves after running?");
        heading.getStyleClass().add("heading");
        Label lead = wrapped("Answer a few short questions about your calves and your running. CalfCheck then "
                + "tells you how soon to get help, what most likely caused the soreness, and a routine to "
                + "look after it: warm-up, stretches, recovery and prevention.");
        lead.getStyleClass().add("lead");

        VBox steps = new VBox(10,
                point(LineIcon.ALERT_TRIANGLE, "Warning signs first: if you need a doctor, you will see that before anything else."),
                point(LineIcon.SEARCH, "Likely causes, each with the answers that point to it."),
                point(LineIcon.CLIPBOARD, "A personal routine you can print as one sheet."));

        Label notice = wrapped("CalfCheck is not a diagnosis and does not replace a doctor or physiotherapist. "
                + "If your leg is suddenly swollen, hot or red, or you are short of breath or have chest pain, "
                + "call emergency services now.");
        notice.setGraphic(LineIcon.INFO.node());
        notice.setGraphicTextGap(10);
        notice.getStyleClass().add("notice");
        notice.setMaxWidth(Double.MAX_VALUE);

        Label unitsLabel = new Label("I measure my running in");
        ToggleGroup unitGroup = new ToggleGroup();
        ToggleButton km = unitButton("Kilometres", DistanceUnit.KM, unitGroup, "left-pill");
        ToggleButton miles = unitButton("Miles", DistanceUnit.MI, unitGroup, "right-pill");
        km.setId("units-km");
        miles.setId("units-mi");
        unitGroup.selectToggle(model.unitsProperty().get() == DistanceUnit.MI ? miles : km);
        unitGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one unit is always chosen
            } else {
                model.unitsProperty().set((DistanceUnit) now.getUserData());
            }
        });
        HBox unitRow = new HBox(12, unitsLabel, new HBox(km, miles));
        unitRow.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button("_Start the check", LineIcon.ARROW_RIGHT.node());
        start.setId("start");
        start.setMnemonicParsing(true);
        start.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        start.getStyleClass().addAll("accent", "large");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canStartProperty().not());
        start.setAccessibleText("Start the check");
        start.setOnAction(e -> model.start());

        Label status = wrapped("");
        status.setId("welcome-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("help-text");
        model.failedProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove("field-error");
            if (now) {
                status.getStyleClass().add("field-error");
            }
        });

        getChildren().addAll(heading, lead, steps, notice, unitRow, start, status);
    }

    private static ToggleButton unitButton(String text, DistanceUnit unit, ToggleGroup group, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(unit);
        button.setToggleGroup(group);
        ArrowKeysStop.atTheEnds(button);
        button.getStyleClass().add(pill);
        button.setAccessibleText("Distances in " + text.toLowerCase(java.util.Locale.ROOT));
        return button;
    }

    private static Label point(LineIcon glyph, String text) {
        Label label = wrapped(text);
        label.setGraphic(glyph.node());
        label.setGraphicTextGap(12);
        label.getStyleClass().add("point");
        return label;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
