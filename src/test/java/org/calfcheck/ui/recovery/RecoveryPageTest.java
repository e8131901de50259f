package org.calfcheck.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.RecordingDialogService;
import org.calfcheck.ui.TaskRunner;
import org.calfcheck.ui.coach.CheckReader;
import org.calfcheck.ui.coach.CoachPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "My recovery" in a window: a check-in filled in by keyboard, the log and decision after it; the coach's section. */
@ExtendWith(ApplicationExtension.class)
class RecoveryPageTest {

    private static final LocalDate TODAY = RecoveryFixtures.START.plusDays(6);

    private ClientStore store;
    private ExecutorService executor;
    private RecoveryFixtures fixtures;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Stage stage;
    private long me;

    @Start
    void start(Stage stage) throws Exception {
        org.calfcheck.ui.Theme.LIGHT.apply();
        Path dir = Files.createTempDirectory("recovery-page");
        fixtures = new RecoveryFixtures(dir);
        store = fixtures.store(TODAY);
        me = fixtures.meWithAWeek(store);
        executor = Executors.newSingleThreadExecutor();
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    private void show(Parent root) {
        FxWait.read(() -> {
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            stage.requestFocus();
            return true;
        });
    }

    private MyRecoveryPage myPage() throws Exception {
        MyRecoveryPage page = FxWait.read(() -> new MyRecoveryPage(fixtures.book(store, TODAY),
                new TaskRunner(executor), dialogs));
        show((Parent) page.view());
        FxWait.until(() -> page.model().log().size() == 5);
        return page;
    }

    @Test
    void aCheckInFilledInByKeyboardLandsInTheLogWithTheDaysDecision(FxRobot robot) throws Exception {
        MyRecoveryPage page = myPage();
        robot.clickOn("#open-checkin");
        FxWait.until(() -> robot.lookup("#check-in-form").tryQuery().isPresent());

        robot.clickOn("#checkin-minutes .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DIGIT3, KeyCode.DIGIT0);
        robot.type(KeyCode.TAB); // pain during
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DIGIT2);
        robot.type(KeyCode.TAB); // pain after
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DIGIT1);
        robot.type(KeyCode.TAB, KeyCode.TAB); // morning stays 0; stiffness up by one with the arrow key
        robot.type(KeyCode.UP);
        robot.type(KeyCode.TAB).type(KeyCode.DIGIT2, KeyCode.DIGIT0); // heel raises, sore leg
        robot.type(KeyCode.TAB).type(KeyCode.DIGIT2, KeyCode.DIGIT4); // other leg
        robot.type(KeyCode.ENTER); // "Save check-in" is the default button

        FxWait.until(() -> page.model().log().size() == 6);
        LogRow row = FxWait.read(() -> page.model().log().get(0));
        assertEquals(new LogRow(TODAY, "Walk 30 min", "2/10", "1/10", "0/10", "1/10", "20 / 24", row.decision()),
                row);
        assertTrue(row.decision().matches("Move on|Hold|Step back"), row.decision());
        TableView<?> log = FxWait.read(() -> robot.lookup("#recovery-log").queryTableView());
        assertEquals(6, (int) FxWait.read(() -> log.getItems().size()));
        String decision = FxWait.read(() -> robot.lookup("#recovery-decision").queryAs(Label.class).getText());
        assertEquals("Today: " + row.decision(), decision);
        String reason = FxWait.read(() -> robot.lookup("#recovery-reason").queryAs(Label.class).getText());
        assertEquals(new RecoveryJournal(store, RecoveryFixtures.on(TODAY)).checkIns(me).size(), 6);
        assertTrue(!reason.isBlank(), reason);
        assertTrue(FxWait.read(() -> robot.lookup("#check-in-form").tryQuery().isEmpty()), "the form closes");
    }

    @Test
    void aTickedWarningSignShowsThePauseAndItsCareLevel(FxRobot robot) throws Exception {
        MyRecoveryPage page = myPage();
        robot.clickOn("#open-checkin");
        FxWait.until(() -> robot.lookup("#checkin-ws_breathless").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#checkin-ws_breathless").query().requestFocus());
        robot.type(KeyCode.SPACE); // ticks it
        FxWait.until(() -> page.model().form().warningSigns().contains("ws_breathless"));
        robot.type(KeyCode.ENTER); // saves from the tick box

        FxWait.until(() -> robot.lookup("#recovery-paused").query().isVisible());
        String care = FxWait.read(() -> robot.lookup("#recovery-care-title").queryAs(Label.class).getText());
        assertEquals(org.calfcheck.ui.CareLevelWords.EMERGENCY.title(), care);
    }

    @Test
    void theCoachSeesTheRecoverySectionOfAClientWithAPlan(FxRobot robot) throws Exception {
        CoachPage coach = FxWait.read(() -> new CoachPage(store, new TaskRunner(executor), dialogs, s -> { },
                (s, name) -> { }, CheckReader.UNAVAILABLE, Optional.of(fixtures.book(store, TODAY))));
        show((Parent) coach.view());
        FxWait.until(() -> coach.clientList().shownClients().size() == 1);
        robot.interact(() -> coach.clientList().selectedProperty().set(coach.clientList().shownClients().get(0)));

        FxWait.until(() -> robot.lookup("#client-recovery #recovery-log").queryTableView().getItems().size() == 5);
        String stageText = FxWait.read(() -> robot.lookup("#client-recovery #recovery-stage").queryAs(Label.class)
                .getText());
        assertTrue(stageText.matches("Stage \\d of 5 — .+"), stageText);
        assertTrue(FxWait.read(() -> robot.lookup("#client-recovery #open-checkin").query().isVisible()));
    }
    @Test
    void printThisWeekHandsTheSheetWithThisWeeksPlanToThePreview(FxRobot robot) throws Exception {
        java.util.List<RecoveryBook.PlanSheet> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
        MyRecoveryPage page = FxWait.read(() -> new MyRecoveryPage(fixtures.book(store, TODAY),
                new TaskRunner(executor), dialogs, java.util.Optional.of(printed::add)));
        show((Parent) page.view());
        FxWait.until(() -> page.model().log().size() == 5);

        robot.press(KeyCode.ALT).type(KeyCode.W).release(KeyCode.ALT);
        FxWait.until(() -> printed.size() == 1);

        assertTrue(printed.get(0).week().isPresent(), printed.toString());
        assertEquals(TODAY, printed.get(0).week().get().days().get(0).date());
    }
}
