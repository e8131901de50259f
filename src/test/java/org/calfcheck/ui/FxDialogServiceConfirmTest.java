package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.testfx.util.WaitForAsyncUtils;

/** A confirmation before something that cannot be undone: Enter must never be the destructive answer. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceConfirmTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Boolean> asking() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        FxDialogService dialogs = new FxDialogService(() -> owner);
        Platform.runLater(() -> answer.complete(dialogs.confirm("Delete client", "Delete Sam?", "Delete permanently")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> dialogPane() != null)
                .get());
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static DialogPane dialogPane() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot()).findFirst().orElse(null);
    }

    @Test
    void theDestructiveButtonIsNotTheDefaultAndCancelHasTheFocus(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = asking();
        Button delete = WaitForAsyncUtils.asyncFx(() -> (Button) dialogPane().getButtonTypes().stream()
                .filter(type -> type.getText().equals("Delete permanently"))
                .map(type -> dialogPane().lookupButton(type)).findFirst().orElseThrow()).get();
        assertFalse(WaitForAsyncUtils.asyncFx(delete::isDefaultButton).get());
        assertEquals("Cancel", WaitForAsyncUtils.asyncFx(() -> ((Button) dialogPane().getScene().getFocusOwner())
                .getText()).get());
        robot.interact(() -> ((Button) dialogPane().getScene().getFocusOwner()).fire());
        assertFalse(answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void pressingEnterCancels(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = asking();
        robot.interact(() -> dialogPane().getScene().getWindow().requestFocus());
        robot.type(KeyCode.ENTER);
        assertFalse(answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void choosingTheActionByNameConfirms(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = asking();
        robot.interact(() -> dialogPane().getButtonTypes().stream()
                .filter(type -> type.getText().equals("Delete permanently"))
                .map(type -> (Button) dialogPane().lookupButton(type)).findFirst().orElseThrow().fire());
        assertTrue(answer.get(10, TimeUnit.SECONDS));
    }
}
