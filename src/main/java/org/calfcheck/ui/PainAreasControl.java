package org.calfcheck.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.calfcheck.content.Choice;

/** The pain-areas question: the body map and a plain list of the same choices, both bound to one view-model. */
final class PainAreasControl extends HBox {

    PainAreasControl(QuestionViewModel model, Consumer<Control> register) {
        super(32);
        setAlignment(Pos.TOP_LEFT);
        BodyMapView map = new BodyMapView(model);
        VBox list = new VBox(6);
        list.setId("pain-areas-list");
        String side = "";
        for (Choice choice : model.choices()) {
            String choiceSide = choice.id().startsWith("left_") ? "Left leg" : "Right leg";
            if (!choiceSide.equals(side)) {
                side = choiceSide;
                Label heading = new Label(side);
                heading.getStyleClass().add("list-heading");
                list.getChildren().add(heading);
            }
            list.getChildren().add(QuestionView.checkBox(model, choice, register));
        }
        HBox.setHgrow(list, javafx.scene.layout.Priority.ALWAYS);
        list.setMinWidth(200);
        map.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(map, list);
    }
}
