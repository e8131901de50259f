package org.calfcheck.ui.coach;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The pain chart, or a plain sentence when the client has no pain scores yet (never an empty 1970 axis). */
final class PainTrend extends StackPane {

    PainTrend(ObservableList<PainPoint> points) {
        PainChart chart = new PainChart(points);
        Label empty = new Label("No pain scores yet: the trend appears after the first saved check.");
        empty.setId("pain-empty");
        empty.getStyleClass().add("help-text");
        empty.setWrapText(true);
        var none = Bindings.isEmpty(points);
        empty.visibleProperty().bind(none);
        chart.visibleProperty().bind(none.not());
        setAlignment(Pos.CENTER);
        setMinHeight(chart.getMinHeight());
        getChildren().addAll(chart, empty);
    }
}
