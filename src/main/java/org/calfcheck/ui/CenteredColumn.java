package org.calfcheck.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A long page: its content in a column at most 820 px wide, centred, scrolling vertically. */
public final class CenteredColumn extends ScrollPane {

    public static final double MAX_WIDTH = 820;

    private final StackPane holder = new StackPane();

    public CenteredColumn(Node content) {
        getStyleClass().addAll("page-scroll", "edge-to-edge");
        holder.getStyleClass().add("page");
        holder.setAlignment(Pos.TOP_CENTER);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setContent(holder);
        setColumn(content);
    }

    /** Swaps the column's content and scrolls back to the top. */
    public void setColumn(Node content) {
        VBox column = new VBox(content);
        column.setMaxWidth(MAX_WIDTH);
        column.getStyleClass().add("page-column");
        holder.getChildren().setAll(column);
        setVvalue(0);
    }

    /** Scrolls so that {@code node}, somewhere inside the column, is in view. */
    public void reveal(Node node) {
        javafx.geometry.Bounds inContent = holder.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double room = holder.getHeight() - getViewportBounds().getHeight();
        if (room > 0) {
            setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 24) / room)));
        }
    }
}
