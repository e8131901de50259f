package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every dialog the app shows closes with Escape, pressed on the keyboard, and Escape never confirms. */
@ExtendWith(ApplicationExtension.class)
class EscapeClosesDialogsTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void escapeClosesTheErrorDialog(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> closed = shown(robot, dialogs -> {
            dialogs.showError("Could not save", "The file could not be written.", List.of("sheet.pdf: disk full"));
            return true;
        });
        robot.type(KeyCode.ESCAPE);
        assertEquals(true, closed.get(30, TimeUnit.SECONDS));
        FxWait.until(() -> dialogPane() == null);
    }

    @Test
    void escapeClosesTheInformationDialog(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> closed = shown(robot, dialogs -> {
            dialogs.showInfo("Saved", "The sheet was saved.");
            return true;
        });
        robot.type(KeyCode.ESCAPE);
        assertEquals(true, closed.get(30, TimeUnit.SECONDS));
        FxWait.until(() -> dialogPane() == null);
    }

    @Test
    void escapeClosesTheConfirmationAndAnswersNo(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = shown(robot,
                dialogs -> dialogs.confirm("Delete client?", "Delete Sam permanently?", "Delete client"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(answer.get(30, TimeUnit.SECONDS));
        FxWait.until(() -> dialogPane() == null);
    }

    private CompletableFuture<Boolean> shown(FxRobot robot, Function<FxDialogService, Boolean> dialog)
            throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        FxDialogService dialogs = new FxDialogService(() -> owner);
        Platform.runLater(() -> result.complete(dialog.apply(dialogs)));
        FxWait.until(() -> dialogPane() != null && dialogPane().getScene().getWindow().isFocused());
        return result;
    }

    private static DialogPane dialogPane() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot()).findFirst().orElse(null);
    }
}
