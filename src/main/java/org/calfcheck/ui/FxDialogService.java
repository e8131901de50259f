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

/** JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (!details.isEmpty()) {
            TextArea list = new TextArea(String.join("\n", details));
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(Math.min(12, details.size() + 1));
            list.setAccessibleText("Details");
            Label heading = new Label(details.size() == 1 ? "1 problem:" : details.size() + " problems:");
            alert.getDialogPane().setContent(new VBox(8, new Label(message), heading, list));
        }
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
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
        return alert.showAndWait().filter(action::equals).isPresent();
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

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initModality(Modality.WINDOW_MODAL);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
