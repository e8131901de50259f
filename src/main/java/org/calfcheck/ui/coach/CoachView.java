package org.calfcheck.ui.coach;

import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The coach workspace: client list on the left; the chosen client (or a comparison) on the right. */
public final class CoachView extends SplitPane {

    static final String STYLESHEET = Objects.requireNonNull(CoachView.class.getResource("coach.css"))
            .toExternalForm();

    private final ScrollPane right = new ScrollPane();

    public CoachView(ClientListViewModel list, ClientPageViewModel page) {
        setId("coach-view");
        getStyleClass().add("coach-view");
        getStylesheets().add(STYLESHEET);

        ClientListView listView = new ClientListView(list);
        listView.setMinWidth(260);
        listView.setPrefWidth(320);
        listView.setMaxWidth(420);
        SplitPane.setResizableWithParent(listView, false);

        ClientPageView pageView = new ClientPageView(page);
        right.getStyleClass().addAll("page-scroll", "edge-to-edge");
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Label empty = new Label("Choose a client on the left, or add one.");
        empty.getStyleClass().add("help-text");
        StackPane placeholder = new StackPane(empty);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setId("coach-placeholder");

        Runnable showCurrent = () -> {
            if (page.comparisonProperty().get() != null) {
                right.setContent(new CompareView(page.comparisonProperty().get(), page::closeComparison));
            } else if (page.clientProperty().get() != null) {
                right.setContent(pageView);
            } else {
                right.setContent(placeholder);
            }
            right.setFitToHeight(right.getContent() == placeholder);
        };
        page.clientProperty().addListener((obs, old, now) -> showCurrent.run());
        page.comparisonProperty().addListener((obs, old, now) -> showCurrent.run());
        list.selectedProperty().addListener((obs, old, now) -> page.show(Optional.ofNullable(now)));
        showCurrent.run();

        getItems().addAll(listView, new VBox(right));
        VBox.setVgrow(right, javafx.scene.layout.Priority.ALWAYS);
        setDividerPositions(0.27);
    }
}
