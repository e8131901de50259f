package org.calfcheck.ui.coach;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.calfcheck.store.Client;

/** A small dialog: pick a client from the list, or type a new client's name. */
public final class FxClientChooser implements ClientChooser {

    private final Supplier<Window> owner;

    public FxClientChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ClientChoice> choose(List<Client> clients) {
        ListView<Client> list = new ListView<>();
        list.getItems().setAll(clients);
        list.setPrefHeight(240);
        list.setAccessibleText("Clients");
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Client client, boolean empty) {
                super.updateItem(client, empty);
                setText(empty || client == null ? null : client.name());
            }
        });
        TextField newName = new TextField();
        newName.setPromptText("Or a new client's name");
        newName.setAccessibleText("New client's name");
        newName.textProperty().addListener((obs, old, now) -> {
            if (!now.isBlank()) {
                list.getSelectionModel().clearSelection();
            }
        });
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        Dialog<ClientChoice> dialog = new Dialog<>();
        dialog.setTitle("Save to client");
        dialog.setHeaderText("Whose assessment is this?");
        dialog.getDialogPane().setContent(new VBox(10, new Label("Choose a client:"), list, newName));
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull().and(newName.textProperty().isEmpty()));
        dialog.setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            if (!newName.getText().isBlank()) {
                return new ClientChoice.New(newName.getText().strip());
            }
            return new ClientChoice.Existing(list.getSelectionModel().getSelectedItem());
        });
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        return dialog.showAndWait();
    }
}
