package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import com.sun.javafx.stage.WindowHelper;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.RecordingDialogService;
import org.calfcheck.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A coach adds a client from a terminal (another store on the same database file) while the app is open, then
 * comes back to the app's window: the window getting the focus brings the new client into the list.
 */
@ExtendWith(ApplicationExtension.class)
class OutsideChangesOnFocusTest {

    private Path dir;
    private ClientStore store;
    private ExecutorService executor;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        org.calfcheck.ui.Theme.LIGHT.apply();
        this.stage = stage;
        dir = Files.createTempDirectory("outside-changes");
        store = ClientStore.inFolder(dir, Fixtures.clock());
        executor = Executors.newSingleThreadExecutor();
        CoachPage page = new CoachPage(store, new TaskRunner(executor), new RecordingDialogService(), saved -> { },
                (saved, name) -> { });
        stage.setScene(new Scene((javafx.scene.Parent) page.view(), 1024, 700));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void comingBackToTheWindowShowsAClientAddedFromOutside(FxRobot robot) throws Exception {
        // the page's first look at the database (list and data version) is done before anything changes outside
        executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
        ListView<?> list = FxWait.read(() -> robot.lookup("#client-list").queryListView());
        FxWait.until(() -> list.getItems().isEmpty());

        // the coach goes to another window (a terminal). The headless test platform keeps every window focused,
        // so the window hears of the switch as from the windowing system: through the same call its peer makes
        robot.interact(() -> WindowHelper.setFocused(stage, false));
        FxWait.until(() -> !stage.isFocused());
        // ... and adds a client there, through a second store on the same file
        try (ClientStore command = ClientStore.inFolder(dir, Fixtures.clock())) {
            command.addClient("Added in a terminal", "");
        }
        executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
        assertEquals(0, (int) FxWait.read(() -> list.getItems().size()), "nothing looks before the window is back");

        // coming back to the app's window is what makes it look
        robot.interact(() -> WindowHelper.setFocused(stage, true));
        FxWait.until(stage::isFocused);
        FxWait.until(() -> list.getItems().size() == 1);
        assertEquals(1, (int) FxWait.read(() -> list.getItems().size()));
    }
}
