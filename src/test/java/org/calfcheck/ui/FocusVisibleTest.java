package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Keyboard focus can be seen on every kind of focusable control, in both themes: each control is drawn unfocused
 * and focused, and enough pixels in a band around its edge must change clearly (as a ring would) — at least one
 * pixel for each pixel of the control's outline.
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleTest {

    /** How far outside and inside the control's edge the ring is looked for, in pixels. */
    private static final int BAND = 4;
    /** A change smaller than this in every colour channel (0–1) is not one a person notices. */
    private static final double CLEAR_CHANGE = 0.25;

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private TextField elsewhere;
    private VBox root;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        QuestionView breathless = question("breathless_chest_pain");
        QuestionView onset = question("onset");
        QuestionView background = question("health_background");
        QuestionView days = question("pain_days");
        QuestionView pop = question("felt_pop");
        ToggleButton nav = new ToggleButton("Coach");
        nav.getStyleClass().add("nav-button");
        ToggleButton navSelected = new ToggleButton("Check");
        navSelected.getStyleClass().add("nav-button");
        navSelected.setSelected(true);
        WelcomeView welcome = new WelcomeView(new WelcomeViewModel(unit -> { }));
        Button flat = new Button("Start over");
        flat.getStyleClass().add("flat");
        Button button = new Button("Next");
        Button accent = new Button("See my results");
        accent.getStyleClass().add("accent");
        elsewhere = new TextField("elsewhere");
        root = new VBox(16, new HBox(navSelected, nav), breathless, onset, background, days, pop, new HBox(16, button, accent, flat), welcome,
                elsewhere);
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 1000, 900);
        scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        controls.put("yes/no toggle button", (Control) root.lookup("#q-breathless_chest_pain-no"));
        controls.put("radio button", (Control) root.lookup("#q-onset-sudden_mid_run"));
        controls.put("check box", (Control) root.lookup("#q-health_background-hormones"));
        controls.put("text field", (Control) root.lookup("#q-pain_days-field"));
        controls.put("nav button", nav);
        controls.put("selected nav button", navSelected);
        controls.put("button", button);
        controls.put("flat button", flat);
        controls.put("selected unit (Kilometres)", (Control) root.lookup("#units-km"));
        controls.put("chosen Don't know", chosen((ToggleButton) root.lookup("#q-felt_pop-unknown")));
        controls.put("accent button", accent);
    }

    private static ToggleButton chosen(ToggleButton toggle) {
        toggle.setSelected(true);
        return toggle;
    }

    private static QuestionView question(String id) {
        return new QuestionView(new QuestionViewModel(UiFixtures.content().questionnaire().question(id).orElseThrow(),
                DistanceUnit.KM));
    }

    @Test
    void everyKindOfControlShowsAClearRingWhenFocusedInBothThemes(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            for (Map.Entry<String, Control> entry : controls.entrySet()) {
                Control control = entry.getValue();
                robot.interact(elsewhere::requestFocus);
                FxWait.until(() -> elsewhere.isFocused());
                WritableImage unfocused = FxWait.read(() -> around(control));
                robot.interact(control::requestFocus);
                FxWait.until(control::isFocused);
                WritableImage focused = FxWait.read(() -> around(control));
                Bounds bounds = FxWait.read(control::getLayoutBounds);
                long outline = Math.round(2 * (bounds.getWidth() + bounds.getHeight()));
                long changed = changedInBand(unfocused, focused, bounds);
                if (changed < outline) {
                    problems.add(theme + " " + entry.getKey() + ": " + changed + " pixels around its edge change"
                            + " when focused, fewer than its outline of " + outline);
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The control and a margin of {@link #BAND} pixels round it, as drawn on screen (background included). */
    private WritableImage around(Control control) {
        root.applyCss();
        root.layout();
        Bounds local = control.getLayoutBounds();
        Bounds inRoot = root.sceneToLocal(control.localToScene(local));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(new javafx.geometry.Rectangle2D(inRoot.getMinX() - BAND, inRoot.getMinY() - BAND,
                inRoot.getWidth() + 2 * BAND, inRoot.getHeight() + 2 * BAND));
        parameters.setFill(Color.TRANSPARENT);
        return root.snapshot(parameters, null);
    }

    /** Pixels within {@link #BAND} of the control's edge (outside or inside) whose colour changes clearly. */
    private static long changedInBand(WritableImage before, WritableImage after, Bounds bounds) {
        PixelReader a = before.getPixelReader();
        PixelReader b = after.getPixelReader();
        int width = (int) Math.min(before.getWidth(), after.getWidth());
        int height = (int) Math.min(before.getHeight(), after.getHeight());
        long changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean nearEdge = x < 2 * BAND || y < 2 * BAND || x >= width - 2 * BAND || y >= height - 2 * BAND;
                if (nearEdge && differs(a.getColor(x, y), b.getColor(x, y))) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean differs(Color one, Color other) {
        return Math.max(Math.abs(one.getRed() - other.getRed()), Math.max(Math.abs(one.getGreen() - other.getGreen()),
                Math.abs(one.getBlue() - other.getBlue()))) >= CLEAR_CHANGE
                || Math.abs(one.getOpacity() - other.getOpacity()) >= CLEAR_CHANGE;
    }

}
