package org.calfcheck.ui.coach;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.calfcheck.content.CareLevel;
import org.calfcheck.store.HistoryRow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One client: heading with archive/delete, notes, history table with its actions, and the pain trend. */
public final class ClientPageView extends VBox {

    public ClientPageView(ClientPageViewModel viewModel) {
        super(10);
        getStyleClass().add("client-page");
        setPadding(new Insets(18, 24, 18, 24));

        Label heading = new Label();
        heading.setId("client-heading");
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Label details = new Label();
        details.getStyleClass().add("help-text");
        details.textProperty().bind(viewModel.detailsProperty());
        Button archive = new Button();
        archive.setId("archive-client");
        archive.setGraphic(new FontIcon(Feather.ARCHIVE));
        archive.textProperty().bind(viewModel.archiveLabelProperty());
        archive.setOnAction(e -> viewModel.toggleArchived());
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-client");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> viewModel.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, new VBox(2, heading, details), spacer, archive, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<HistoryRow> table = historyTable(viewModel);
        Button open = new Button("Open result", new FontIcon(Feather.FILE_TEXT));
        open.setId("open-result");
        open.disableProperty().bind(viewModel.oneSelectedProperty().not());
        open.setOnAction(e -> viewModel.reopenSelected());
        Button reprint = new Button("Reprint sheet", new FontIcon(Feather.PRINTER));
        reprint.setId("reprint-sheet");
        reprint.disableProperty().bind(viewModel.oneSelectedProperty().not());
        reprint.setOnAction(e -> viewModel.reprintSelected());
        Button compare = new Button("Compare two", new FontIcon(Feather.COLUMNS));
        compare.setId("compare");
        compare.disableProperty().bind(viewModel.twoSelectedProperty().not());
        compare.setOnAction(e -> viewModel.compareSelected());
        Label hint = new Label("Select one to open or reprint it, two (Ctrl+click) to compare.");
        hint.getStyleClass().add("help-text");
        HBox actions = new HBox(8, open, reprint, compare, hint);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea clientNotes = notesArea("client-notes", "Notes about this client", viewModel.clientNotesProperty());
        Button saveClientNotes = new Button("Save notes");
        saveClientNotes.setId("save-client-notes");
        saveClientNotes.setOnAction(e -> viewModel.saveClientNotes());
        TextArea coachNotes = notesArea("coach-notes", "Your note on the selected assessment",
                viewModel.coachNotesProperty());
        coachNotes.disableProperty().bind(viewModel.oneSelectedProperty().not());
        Button saveCoachNotes = new Button("Save note");
        saveCoachNotes.setId("save-coach-notes");
        saveCoachNotes.disableProperty().bind(viewModel.oneSelectedProperty().not());
        saveCoachNotes.setOnAction(e -> viewModel.saveCoachNotes());

        GridPane notes = new GridPane();
        notes.setHgap(16);
        notes.setVgap(6);
        notes.add(sectionLabel("Client notes"), 0, 0);
        notes.add(sectionLabel("Assessment note"), 1, 0);
        notes.add(clientNotes, 0, 1);
        notes.add(coachNotes, 1, 1);
        notes.add(saveClientNotes, 0, 2);
        notes.add(saveCoachNotes, 1, 2);
        GridPane.setHgrow(clientNotes, Priority.ALWAYS);
        GridPane.setHgrow(coachNotes, Priority.ALWAYS);

        PainChart chart = new PainChart(viewModel.pain());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, sectionLabel("History"), table, actions, chart, notes);
    }

    private static TableView<HistoryRow> historyTable(ClientPageViewModel viewModel) {
        TableView<HistoryRow> table = new TableView<>(viewModel.history());
        table.setId("history");
        table.setAccessibleText("Assessment history");
        table.setPlaceholder(new Label("No saved assessments yet."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(150);
        table.setPrefHeight(256);

        TableColumn<HistoryRow, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                ClientPageViewModel.DATE_TIME.format(c.getValue().takenAt())));
        date.setPrefWidth(170);
        date.setMaxWidth(190);
        date.setSortable(false);
        TableColumn<HistoryRow, CareLevel> care = new TableColumn<>("Care level");
        care.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().careLevel()));
        care.setCellFactory(column -> new CareCell());
        care.setPrefWidth(160);
        care.setMaxWidth(180);
        care.setSortable(false);
        TableColumn<HistoryRow, String> pain = new TableColumn<>("Pain");
        pain.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().painNow()
                .map(p -> Math.round(p) + " / 10").orElse("–")));
        pain.setPrefWidth(80);
        pain.setMaxWidth(90);
        pain.setSortable(false);
        TableColumn<HistoryRow, String> causes = new TableColumn<>("Top causes");
        causes.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().damage()
                .map(problem -> "⚠ Damaged, cannot be read: " + problem)
                .orElse(c.getValue().topCauses().isEmpty()
                ? "No clear cause" : String.join(", ", c.getValue().topCauses())
                + (c.getValue().hasNotes() ? "   ✎" : ""))));
        causes.setSortable(false);
        causes.setPrefWidth(420);
        table.getColumns().addAll(List.of(date, care, pain, causes));

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<HistoryRow>) change ->
                viewModel.selectedRows().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        viewModel.history().addListener((ListChangeListener<HistoryRow>) change ->
                table.getSelectionModel().clearSelection());
        return table;
    }

    private static TextArea notesArea(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setAccessibleText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-label");
        return label;
    }

    /** The care level as a coloured tag. */
    private static final class CareCell extends TableCell<HistoryRow, CareLevel> {
        @Override
        protected void updateItem(CareLevel level, boolean empty) {
            super.updateItem(level, empty);
            if (empty || level == null) {
                setGraphic(null);
                return;
            }
            Label tag = new Label(CareLevelText.of(level));
            tag.getStyleClass().addAll("care-tag", CareLevelText.styleClass(level));
            setGraphic(tag);
        }
    }
}
