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
import javafx.scene.layout.FlowPane;
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
        details.setWrapText(true); // beside the toolbar at 1024 px it takes a second line, never "…"
        Button archive = new Button();
        archive.setId("archive-client");
        archive.setGraphic(new FontIcon(Feather.ARCHIVE));
        archive.textProperty().bind(viewModel.archiveLabelProperty());
        archive.setOnAction(e -> viewModel.toggleArchived());
        archive.setAccessibleText("Archive or unarchive this client");
        Button delete = new Button("_Delete client…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-client");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> viewModel.delete());
        Button takeIn = new Button("_Take in a check…", new FontIcon(Feather.DOWNLOAD));
        takeIn.setId("take-in-check");
        takeIn.setAccessibleText("Take in a check a runner sent as an answers file");
        takeIn.setOnAction(e -> viewModel.takeInCheck());
        Button export = new Button("E_xport…", new FontIcon(Feather.UPLOAD));
        export.setId("export-client");
        export.setAccessibleText("Export this client to a file");
        export.setOnAction(e -> viewModel.exportClient());
        VBox title = new VBox(2, heading, details);
        title.setMinWidth(220);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(10, title, toolbar(takeIn, export, archive, delete));
        top.setAlignment(Pos.TOP_LEFT);

        TableView<HistoryRow> table = historyTable(viewModel);
        Button open = new Button("_Open result", new FontIcon(Feather.FILE_TEXT));
        open.setId("open-result");
        open.disableProperty().bind(viewModel.oneSelectedProperty().not());
        open.setOnAction(e -> viewModel.reopenSelected());
        Button reprint = new Button("_Reprint sheet", new FontIcon(Feather.PRINTER));
        reprint.setId("reprint-sheet");
        reprint.disableProperty().bind(viewModel.oneSelectedProperty().not());
        reprint.setOnAction(e -> viewModel.reprintSelected());
        Button compare = new Button("Co_mpare two", new FontIcon(Feather.COLUMNS));
        compare.setId("compare");
        compare.disableProperty().bind(viewModel.twoSelectedProperty().not());
        compare.setOnAction(e -> viewModel.compareSelected());
        Button deleteOne = new Button("De_lete check…", new FontIcon(Feather.TRASH));
        deleteOne.setId("delete-assessment");
        deleteOne.setAccessibleText("Delete the selected assessment");
        deleteOne.disableProperty().bind(viewModel.oneSelectedProperty().not());
        deleteOne.setOnAction(e -> viewModel.deleteSelectedAssessment());
        Label hint = new Label("Select one to open or reprint it, two (Ctrl+click) to compare.");
        hint.getStyleClass().add("help-text");
        hint.setWrapText(true);
        FlowPane actions = toolbar(open, reprint, compare, deleteOne);
        actions.setId("history-actions");

        TextArea clientNotes = notesArea("client-notes", "Notes about this client", viewModel.clientNotesProperty());
        Button saveClientNotes = new Button("_Save client notes");
        saveClientNotes.setId("save-client-notes");
        saveClientNotes.setOnAction(e -> viewModel.saveClientNotes());
        TextArea coachNotes = notesArea("coach-notes", "Your note on the selected assessment",
                viewModel.coachNotesProperty());
        coachNotes.disableProperty().bind(viewModel.oneSelectedProperty().not());
        Button saveCoachNotes = new Button("Save _note");
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

        PainTrend chart = new PainTrend(viewModel.pain());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, sectionLabel("History"), table, actions, hint, chart, notes);
        viewModel.recovery().ifPresent(recovery -> getChildren().addAll(sectionLabel("Recovery plan"),
                new org.calfcheck.ui.recovery.RecoveryView(recovery, true)));
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
        date.setMinWidth(165); // "30 Nov 2026, 23:59" whole at any window size
        date.setPrefWidth(170);
        date.setMaxWidth(200);
        date.setSortable(false);
        TableColumn<HistoryRow, CareLevel> care = new TableColumn<>("Care level");
        care.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().careLevel()));
        care.setCellFactory(column -> new CareCell());
        // the care words are sentences ("Book a doctor or physio in the next few days"): the tag wraps, never cut
        care.setMinWidth(180);
        care.setPrefWidth(230);
        care.setMaxWidth(320);
        care.setSortable(false);
        TableColumn<HistoryRow, String> pain = new TableColumn<>("Pain");
        pain.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().painNow()
                .map(p -> Math.round(p) + " / 10").orElse("–")));
        pain.setMinWidth(75);
        pain.setPrefWidth(80);
        pain.setMaxWidth(90);
        pain.setSortable(false);
        TableColumn<HistoryRow, Boolean> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().hasNotes()));
        note.setCellFactory(column -> new NoteCell());
        note.setSortable(false);
        note.setMinWidth(60);
        note.setPrefWidth(60);
        note.setMaxWidth(70);
        note.setReorderable(false);
        TableColumn<HistoryRow, String> causes = new TableColumn<>("Top causes");
        causes.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().damage()
                .map(problem -> "⚠ Damaged, cannot be read: " + problem)
                .orElse(c.getValue().topCauses().isEmpty()
                ? "No clear cause" : String.join(", ", c.getValue().topCauses()))));
        causes.setSortable(false);
        causes.setCellFactory(column -> new WrappingCell());
        causes.setMinWidth(200);
        causes.setPrefWidth(420);
        table.getColumns().addAll(List.of(date, care, pain, note, causes));

        // both ways: the coach selects in the table; a reload or a saved note re-selects from the view-model
        boolean[] syncing = {false};
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<HistoryRow>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                viewModel.selectedRows().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
                syncing[0] = false;
            }
        });
        viewModel.selectedRows().addListener((ListChangeListener<HistoryRow>) change -> {
            if (!syncing[0] && !viewModel.selectedRows().equals(table.getSelectionModel().getSelectedItems())) {
                syncing[0] = true;
                table.getSelectionModel().clearSelection();
                viewModel.selectedRows().forEach(row -> table.getSelectionModel().select(row));
                syncing[0] = false;
            }
        });
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

    /** Buttons that wrap onto a second line when the window is narrow, each always showing its whole label. */
    static FlowPane toolbar(Button... buttons) {
        FlowPane bar = new FlowPane(8, 8, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setMnemonicParsing(true);
        }
        return bar;
    }

    static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-label");
        return label;
    }

    /** Long cause lists take a second line rather than ending in "…". */
    private static final class WrappingCell extends TableCell<HistoryRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setWrapText(true);
        }
    }

    /** ✎ where the coach wrote a note on the assessment, with words for a screen reader. */
    private static final class NoteCell extends TableCell<HistoryRow, Boolean> {
        @Override
        protected void updateItem(Boolean hasNote, boolean empty) {
            super.updateItem(hasNote, empty);
            boolean shown = !empty && Boolean.TRUE.equals(hasNote);
            setText(shown ? "✎" : null);
            getStyleClass().remove("note-marker");
            if (shown) {
                getStyleClass().add("note-marker");
            }
            setAccessibleText(shown ? "Has a note" : null);
        }
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
            tag.setWrapText(true);
            tag.setMinHeight(Region.USE_PREF_SIZE);
            tag.maxWidthProperty().bind(widthProperty().subtract(12));
            setGraphic(tag);
        }

        /**
         * As tall as the wrapped tag at the cell's width: the row asks its cells with no width, and the tag's
         * one-line height would let a three-line tag run into the next row.
         */
        @Override
        protected double computePrefHeight(double width) {
            double own = super.computePrefHeight(width);
            javafx.scene.Node tag = getGraphic();
            double inner = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset() - 12;
            if (tag == null || inner <= 0) {
                return own;
            }
            return Math.max(own, tag.prefHeight(inner) + snappedTopInset() + snappedBottomInset());
        }
    }
}
