package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.calfcheck.store.ClientStore;
import org.calfcheck.ui.AppSetup;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.ContentOutcome;
import org.calfcheck.ui.PreferencesFile;
import org.calfcheck.ui.ResultActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window with the Coach page wired as Main wires it. */
@ExtendWith(ApplicationExtension.class)
class CoachSetupTest {

    private Path dir;
    private ExecutorService executor;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("coach-setup");
        executor = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "coach-setup-test");
            thread.setDaemon(true); // the content load below never ends; it must not keep the JVM alive
            return thread;
        });
        saveAClientWithOneUrgentResult(dir.resolve("data"));
        CoachSetup coach = new CoachSetup(dir.resolve("data"), org.calfcheck.ui.coach.CheckReader.UNAVAILABLE);
        ResultActions actions = ResultActions.NONE.withSaveToClient(coach.saveToClient());
        // content that never arrives: a failed load would open an error dialog over the window
        AppSetup setup = new AppSetup(() -> {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ContentOutcome.Failed("stopped", List.of());
        },
                content -> {
                    throw new IllegalStateException("not used");
                }, actions, List.of(coach.page(Optional.empty())));
        new CalfCheckApp(setup, new PreferencesFile(dir.resolve("config")), executor).start(stage, () -> { });
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(); // not shutdownNow: an interrupted content load would open an error dialog
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
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#coach-view").tryQuery().isPresent());
        robot.clickOn("#new-client-name").write("Sam Runner");
        robot.clickOn("#add-client");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#client-list").queryListView().getItems().size() == 2);
        assertTrue(Files.exists(dir.resolve("data").resolve(ClientStore.FILE_NAME)));
        assertEquals("Sam Runner", robot.lookup("#client-heading").queryLabeled().getText());
    }

    @Test
    void openingASavedResultShowsItInTheResultsViewAsItWasComputed(FxRobot robot) throws Exception {
        robot.clickOn("#nav-coach");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#client-list").queryListView().getItems().size() == 1);
        robot.clickOn("Pat Earlier");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#history").queryTableView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#history").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#open-result");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#care-banner").tryQuery().isPresent());
        assertEquals("See a doctor today", robot.lookup("#care-title").queryLabeled().getText());
        assertTrue(robot.lookup("#flag-rf_possible_clot").tryQuery().isPresent());
    }
}
