package org.calfcheck.ui;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * The few icons of the first screen, drawn as stroked SVG paths (the Feather icons' own outlines, MIT licence), so
 * the first frame does not wait for Ikonli to load its icon font. Everything shown later uses Ikonli.
 */
public enum LineIcon {
    ACTIVITY("M22 12h-4l-3 9L9 3l-3 9H2"),
    MOON("M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"),
    SUN("M17 12a5 5 0 1 1-10 0a5 5 0 1 1 10 0z M12 1v2 M12 21v2 M4.22 4.22l1.42 1.42 M18.36 18.36l1.42 1.42 "
            + "M1 12h2 M21 12h2 M4.22 19.78l1.42-1.42 M18.36 5.64l1.42-1.42"),
    ALERT_TRIANGLE("M10.29 3.86L1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z "
            + "M12 9v4 M12 17h.01"),
    SEARCH("M19 11a8 8 0 1 1-16 0a8 8 0 1 1 16 0z M21 21l-4.35-4.35"),
    CLIPBOARD("M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2 "
            + "M9 2h6a1 1 0 0 1 1 1v2a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z"),
    INFO("M22 12a10 10 0 1 1-20 0a10 10 0 1 1 20 0z M12 16v-4 M12 8h.01"),
    ARROW_RIGHT("M5 12h14 M12 5l7 7-7 7"),
    ARROW_LEFT("M19 12H5 M12 19l-7-7 7-7"),
    ROTATE_CCW("M1 4v6h6 M3.51 15a9 9 0 1 0 2.13-9.36L1 10");

    private static final double SIZE = 18;
    private static final double BOX = 22;
    private final String path;

    LineIcon(String path) {
        this.path = path;
    }

    /** A new 18 px icon node; its colour comes from CSS ({@code .line-icon}). */
    public Node node() {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("line-icon");
        shape.setScaleX(SIZE / 24);
        shape.setScaleY(SIZE / 24);
        // a fixed box, so labels with different icons line their text up
        StackPane icon = new StackPane(new Group(shape));
        icon.setMinSize(BOX, BOX);
        icon.setPrefSize(BOX, BOX);
        icon.setMaxSize(BOX, BOX);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
