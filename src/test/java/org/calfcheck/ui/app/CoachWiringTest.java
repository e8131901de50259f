package org.calfcheck.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.calfcheck.store.ClientStore;
import org.calfcheck.ui.AppSetup;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.ContentOutcome;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.PreferencesFile;
import org.calfcheck.ui.RecordingDialogService;
import org.calfcheck.ui.ResultActions;
import org.calfcheck.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window with the Coach page wired as the desktop app wires it. */
@ExtendWith(ApplicationExtension.class)
class CoachWiringTest {

    private final CountDownLatch contentNeverArrives = new CountDownLatch(1);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Path dir;
    private ExecutorService executor;
    private CoachWiring coach;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("coach-setup");
        executor = DesktopApp.workers();
        saveAClientWithOneUrgentResult(dir.resolve("data"));
        coach = new CoachWiring(dir.resolve("data"), org.calfcheck.ui.coach.CheckReader.UNAVAILABLE);
        ResultActions actions = ResultActions.NONE.withSaveToClient(coach.saveToClient());
        // content that never arrives: a failed load would open an error dialog over the window
        AppSetup setup = new AppSetup(() -> {
            try {
                contentNeverArrives.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ContentOutcome.Failed("stopped", List.of());
        }, content -> {
            throw new IllegalStateException("not used");
        }, actions, List.of(coach.page(check -> { })));
        new CalfCheckApp(setup, new PreferencesFile(dir.resolve("config")), new TaskRunner(executor),
                owner -> dialogs).start(stage, () -> { });
    }

    @AfterEach
    void stop() throws Exception {
        contentNeverArrives.countDown();
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        coach.close();
    }

    /** A coach's earlier session: Pat has one saved result, a possible clot (URGENT). */
    private static void saveAClientWithOneUrgentResult(Path dataDir) throws Exception {
        Answers answers = AnswersJson.parse(Files.readString(Path.of("docs/examples/urgent-possible-clot-after-flight.json")));
        Assessment urgent = new Engine(ContentLoader.packaged().load()).assess(answers);
        try (ClientStore store = ClientStore.inFolder(dataDir, Clock.systemUTC())) {
            store.save(store.addClient("Pat Earlier", "").id(), answers, urgent);
        }
    }

    @Test
    void theShellHasACoachPageBackedByTheDatabaseInTheDataFolder(FxRobot robot) throws Exception {
        robot.clickOn("#nav-coach");
        FxWait.until(() -> robot.lookup("#client-list").queryListView().getItems().size() == 1);
        robot.clickOn("#new-client-name").write("Sam Runner");
        robot.clickOn("#add-client");
        FxWait.until(() -> robot.lookup("#client-list").queryListView().getItems().size() == 2);
        assertTrue(Files.exists(dir.resolve("data").resolve(ClientStore.FILE_NAME)));
        FxWait.until(() -> "Sam Runner".equals(robot.lookup("#client-heading").queryLabeled().getText()));
    }

    @Test
    void openingASavedResultShowsItInTheResultsViewAsItWasComputed(FxRobot robot) throws Exception {
        robot.clickOn("#nav-coach");
        FxWait.until(() -> robot.lookup("#client-list").queryListView().getItems().size() == 1);
        robot.clickOn("Pat Earlier");
        FxWait.until(() -> robot.lookup("#history").queryTableView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#history").queryTableView().getSelectionModel().select(0));
        FxWait.until(() -> !robot.lookup("#open-result").query().isDisabled());
        robot.clickOn("#open-result");
        FxWait.until(() -> robot.lookup("#care-banner").tryQuery().isPresent());
        assertEquals("See a doctor today",
                FxWait.read(() -> robot.lookup("#care-title").queryAs(Labeled.class).getText()));
        assertTrue(FxWait.read(() -> robot.lookup("#flag-rf_possible_clot").tryQuery().isPresent()));
    }

    @Test
    void saveToClientPressedBeforeTheDatabaseIsUsableSaysWhyInsteadOfDoingNothing(FxRobot robot) throws Exception {
        Path broken = Files.createTempDirectory("coach-broken");
        Files.writeString(broken.resolve(ClientStore.FILE_NAME), "not a database");
        CoachWiring unusable = new CoachWiring(broken, org.calfcheck.ui.coach.CheckReader.UNAVAILABLE);
        try {
            // nothing has opened the database yet: no page has been made
            unusable.saveToClient().accept(new CompletedCheck(Answers.empty(org.calfcheck.engine.DistanceUnit.KM),
                    new Engine(ContentLoader.packaged().load()).assess(
                            Answers.empty(org.calfcheck.engine.DistanceUnit.KM))));
            org.calfcheck.ui.Page page = FxWait.read(() -> unusable.page(check -> { })
                    .create(dialogs, new TaskRunner(executor), check -> { }));
            robot.interact(page::afterFirstFrame);

            FxWait.until(() -> !dialogs.shown("error").isEmpty());
            assertTrue(dialogs.shown("error").get(0).message().contains(broken.toString()),
                    dialogs.shown("error").get(0).message());
        } finally {
            unusable.close();
        }
    }

    @Test
    void closingClosesTheDatabase(FxRobot robot) throws Exception {
        robot.clickOn("#nav-coach");
        FxWait.until(() -> robot.lookup("#client-list").queryListView().getItems().size() == 1);
        Path log = dir.resolve("data").resolve(ClientStore.FILE_NAME + "-wal");
        assertTrue(Files.exists(log), "an open database in WAL mode keeps its log file");
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);

        coach.close();

        assertFalse(Files.exists(log), "the last connection to close folds the log back in and removes it");
    }
}
