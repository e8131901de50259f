package org.calfcheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** JavaFX alerts and file choosers, owned by one window: each window has its own. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        error(title, message, details).showAndWait();
    }

    /** The error dialog, built but not shown (the cut-off test lays it out). */
    Alert error(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (!details.isEmpty()) {
            TextArea list = new TextArea(String.join("\n", details));
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(Math.min(12, details.size() + 1));
            list.setAccessibleText("Details");
            Label text = new Label(message);
            text.setWrapText(true);
            Label heading = new Label(details.size() == 1 ? "1 problem:" : details.size() + " problems:");
            alert.getDialogPane().setContent(new VBox(8, text, heading, list));
        }
        return alert;
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        Alert alert = confirmation(title, message, actionLabel);
        return alert.showAndWait().filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

    /** The question with its action and Cancel, built but not shown. */
    Alert confirmation(String title, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(action, cancel);
        // Enter (and the first focus) must be the safe answer: the destructive action is chosen by name only
        Button actionButton = (Button) alert.getDialogPane().lookupButton(action);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        actionButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(e -> cancelButton.requestFocus());
        return alert;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    /** A plain dialog over the window; Escape closes it (its only button, or Cancel, closes it). */
    Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.getDialogPane().getStylesheets().add(CalfCheckApp.STYLESHEET);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
