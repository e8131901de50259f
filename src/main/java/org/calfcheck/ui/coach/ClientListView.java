package org.calfcheck.ui.coach;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.calfcheck.store.Client;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left column: search, "show archived", the clients, and a field to add one. */
public final class ClientListView extends VBox {

    public ClientListView(ClientListViewModel viewModel) {
        super(10);
        getStyleClass().add("client-list");
        setPadding(new Insets(20, 16, 16, 20));

        Label title = new Label("Clients");
        title.getStyleClass().add("subheading");

        TextField search = new TextField();
        search.setId("client-search");
        search.setPromptText("Search clients");
        search.setAccessibleText("Search clients by name");
        search.textProperty().bindBidirectional(viewModel.filterProperty());
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        searchIcon.getStyleClass().add("icon");
        HBox searchRow = new HBox(8, searchIcon, search);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        CheckBox archived = new CheckBox("Show archived");
        archived.setId("show-archived");
        archived.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        Label summary = new Label();
        summary.getStyleClass().add("help-text");
        summary.textProperty().bind(viewModel.summaryProperty());

        ListView<Client> list = new ListView<>(viewModel.shownClients());
        list.setId("client-list");
        list.setAccessibleText("Clients");
        Label empty = new Label();
        empty.setId("client-list-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("help-text");
        empty.textProperty().bind(viewModel.emptyTextProperty());
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ClientCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() == null
                    || list.getSelectionModel().getSelectedItem().id() != now.id()) {
                list.getItems().stream().filter(c -> c.id() == now.id()).findFirst()
                        .ifPresent(c -> list.getSelectionModel().select(c));
            }
        });

        TextField newName = new TextField();
        newName.setId("new-client-name");
        newName.setPromptText("New client's name");
        newName.setAccessibleText("New client's name");
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        newName.setOnAction(e -> viewModel.addClient());
        Button add = new Button("Add", new FontIcon(Feather.USER_PLUS));
        add.setId("add-client");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(viewModel.newNameProperty().isEmpty());
        // the name field gives way, never the button: a squeezed button read "…"
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setAccessibleText("Add client");
        add.setOnAction(e -> viewModel.addClient());
        HBox addRow = new HBox(8, newName, add);
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button importClient = new Button("_Import client…", new FontIcon(Feather.DOWNLOAD));
        importClient.setId("import-client");
        importClient.setMnemonicParsing(true);
        importClient.setMinWidth(Region.USE_PREF_SIZE);
        importClient.setAccessibleText("Import a client from a CalfCheck client file");
        importClient.setOnAction(e -> viewModel.importClient());

        getChildren().addAll(title, searchRow, archived, summary, list, addRow, importClient);
    }

    /** Name, with the first line of the notes and an "archived" tag beneath. */
    private static final class ClientCell extends ListCell<Client> {
        @Override
        protected void updateItem(Client client, boolean empty) {
            super.updateItem(client, empty);
            if (empty || client == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(client.name());
            name.getStyleClass().add("client-name");
            String firstLine = client.notes().lines().findFirst().orElse("");
            Label note = new Label((client.archived() ? "Archived" + (firstLine.isEmpty() ? "" : " · ") : "")
                    + firstLine);
            note.getStyleClass().add("help-text");
            name.setMinWidth(0);
            note.setMinWidth(0);
            VBox box = new VBox(2, name);
            box.setMinWidth(0);
            if (!note.getText().isEmpty()) {
                box.getChildren().add(note);
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0); // long notes are cut with "…", never widen the list into a scrollbar
            setAccessibleText(client.name() + (client.archived() ? ", archived" : ""));
        }
    }
}
