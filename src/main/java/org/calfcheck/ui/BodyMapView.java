package org.calfcheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.calfcheck.content.Choice;

/**
 * Both lower legs seen from behind, drawn with SVG paths: the runner's left leg is on the left. Each area is a
 * tick box of the pain-areas question: click, or Tab / arrow keys to move and Space or Enter to tick. The name of
 * the area under the pointer or focus shows under the map.
 */
public final class BodyMapView extends VBox {

    /** The body-map areas of one leg, inner side on the right (towards the other leg). Mirrored for the right leg. */
    private static final Map<String, String> AREA_PATHS = Map.of(
            "outer", "M 36 16 C 24 50 20 90 24 125 C 28 165 42 200 54 232 L 62 226 C 52 195 44 160 44 125 "
                    + "C 44 90 48 50 52 18 Z",
            "upper_calf", "M 57 18 C 52 55 50 95 51 128 L 119 128 C 120 95 118 55 113 18 Z",
            "lower_calf", "M 52 135 C 55 170 62 200 68 232 L 102 232 C 108 200 115 170 118 135 Z",
            "inner", "M 134 16 C 146 50 150 90 146 125 C 142 165 128 200 116 232 L 108 226 C 118 195 126 160 "
                    + "126 125 C 126 90 122 50 118 18 Z",
            "achilles", "M 72 239 C 74 262 74 285 74 306 L 96 306 C 96 285 96 262 98 239 Z");
    private static final List<String> AREA_ORDER = List.of("upper_calf", "lower_calf", "inner", "outer", "achilles");
    private static final Map<String, String> AREA_WORDS = Map.of("upper_calf", "upper calf", "lower_calf",
            "lower calf", "inner", "inner side", "outer", "outer side", "achilles", "Achilles tendon");
    private static final String OUTLINE = "M 40 0 C 18 30 12 80 18 120 C 24 170 50 220 58 290 C 60 320 54 340 56 352 "
            + "C 60 384 110 384 112 352 C 114 340 108 320 110 290 C 118 220 146 170 152 120 C 158 80 152 30 130 0 Z";
    private static final String HEEL = "M 62 318 C 62 336 60 352 66 362 C 76 376 94 376 104 362 C 110 352 108 336 "
            + "108 318 Z";
    private static final String HINT = "Click where it hurts. Tab or the arrow keys move between areas; "
            + "Space ticks or unticks.";

    private final QuestionViewModel model;
    private final List<BodyArea> areas = new ArrayList<>();
    private final Label status = new Label(HINT);

    public BodyMapView(QuestionViewModel model) {
        super(10);
        this.model = model;
        setId("body-map");
        getStyleClass().add("body-map");
        setAlignment(Pos.TOP_CENTER);

        Set<String> offered = model.choices().stream().map(Choice::id).collect(Collectors.toSet());
        VBox left = leg("left", "LEFT leg", false, offered);
        VBox right = leg("right", "RIGHT leg", true, offered);
        HBox legs = new HBox(36, left, right);
        legs.setAlignment(Pos.CENTER);

        Label caption = new Label("Seen from behind");
        caption.getStyleClass().add("help-text");
        status.setId("body-map-status");
        status.getStyleClass().add("body-map-status");
        status.setWrapText(true);
        status.setMaxWidth(360);
        status.setMinHeight(44);
        getChildren().addAll(caption, legs, status);

        model.answerProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    /** True when a multiple-choice question's options are body-map areas, so the map can answer it. */
    public static boolean fits(QuestionViewModel model) {
        List<String> ids = model.choices().stream().map(Choice::id).toList();
        return !ids.isEmpty() && ids.stream().allMatch(BodyMapView::isAreaId);
    }

    private static boolean isAreaId(String id) {
        for (String side : List.of("left_", "right_")) {
            if (id.startsWith(side) && AREA_PATHS.containsKey(id.substring(side.length()))) {
                return true;
            }
        }
        return false;
    }

    List<BodyArea> areas() {
        return List.copyOf(areas);
    }

    private VBox leg(String side, String title, boolean mirrored, Set<String> offered) {
        SVGPath outline = new SVGPath();
        outline.setContent(OUTLINE);
        outline.getStyleClass().add("body-outline");
        SVGPath heel = new SVGPath();
        heel.setContent(HEEL);
        heel.getStyleClass().add("body-heel");
        Group drawing = new Group(outline, heel);
        for (String part : AREA_ORDER) {
            String choiceId = side + "_" + part;
            if (!offered.contains(choiceId)) {
                continue;
            }
            BodyArea area = new BodyArea(choiceId, capitalised(side) + " leg, " + AREA_WORDS.get(part),
                    AREA_PATHS.get(part));
            wire(area);
            drawing.getChildren().add(area);
            areas.add(area);
        }
        if (mirrored) {
            drawing.setScaleX(-1);
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("body-map-side");
        VBox box = new VBox(6, heading, new Group(drawing));
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private void wire(BodyArea area) {
        Tooltip.install(area, new Tooltip(area.name()));
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            area.requestFocus();
            toggle(area);
        });
        area.hoverProperty().addListener((obs, was, now) -> describe(now ? area : focusedArea()));
        area.focusedProperty().addListener((obs, was, now) -> describe(now ? area : null));
        area.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.SPACE || code == KeyCode.ENTER) {
                toggle(area);
                e.consume();
            } else if (code == KeyCode.RIGHT || code == KeyCode.DOWN) {
                move(area, 1);
                e.consume();
            } else if (code == KeyCode.LEFT || code == KeyCode.UP) {
                move(area, -1);
                e.consume();
            }
        });
    }

    private void toggle(BodyArea area) {
        model.toggle(area.choiceId(), !model.isChosen(area.choiceId()));
        describe(area);
    }

    private void move(BodyArea from, int step) {
        int index = areas.indexOf(from);
        int next = Math.floorMod(index + step, areas.size());
        areas.get(next).requestFocus();
    }

    private BodyArea focusedArea() {
        return areas.stream().filter(BodyArea::isFocused).findFirst().orElse(null);
    }

    private void describe(BodyArea area) {
        if (area == null) {
            status.setText(HINT);
        } else {
            status.setText(area.name() + (model.isChosen(area.choiceId()) ? " — ticked" : " — not ticked"));
        }
    }

    private void sync() {
        for (BodyArea area : areas) {
            area.selectedProperty().set(model.isChosen(area.choiceId()));
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
