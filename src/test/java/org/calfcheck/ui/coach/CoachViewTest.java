package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.store.RealAssessments;
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

/** The coach workflow in a headless window: add, assess, history, compare, delete with confirmation. */
@ExtendWith(ApplicationExtension.class)
class CoachViewTest {

    private Path dir;
    private ClientStore store;
    private ExecutorService executor;
    private CoachPage page;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) throws Exception {
        org.calfcheck.ui.Theme.LIGHT.apply();
        dir = Files.createTempDirectory("coach-view");
        store = ClientStore.inFolder(dir, Fixtures.clock());
        executor = Executors.newSingleThreadExecutor();
        page = new CoachPage(store, new TaskRunner(executor), dialogs, saved -> { }, saved -> { });
        Scene scene = new Scene((javafx.scene.Parent) page.view(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // what the test's last action started, before the executor stops
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    /** Waits until {@code condition}, read on the FX thread, holds (a condition that throws means "not yet"). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }

    @Test
    void theAddButtonKeepsItsWholeLabelWhenTheClientListIsAtItsNarrowest(FxRobot robot) throws Exception {
        // as narrow as a coach can drag the divider
        robot.interact(() -> robot.lookup("#coach-view").queryAs(javafx.scene.control.SplitPane.class)
                .setDividerPositions(0.0));
        javafx.scene.control.Button add = FxWait.read(() -> robot.lookup("#add-client").queryButton());
        double[] widths = FxWait.read(() -> new double[] {add.getWidth(), add.prefWidth(-1)});
        assertTrue(widths[0] >= widths[1] - 0.5, "the button is " + widths[0] + " px wide but needs " + widths[1]);
    }

    @Test
    void aCoachAddsAssessesComparesAndDeletesAClient(FxRobot robot) throws Exception {
        robot.clickOn("#new-client-name").write("Sam Runner").type(KeyCode.ENTER);
        waitUntil(() -> "Sam Runner".equals(robot.lookup("#client-heading").queryAs(Label.class).getText()));
        ListView<?> list = FxWait.read(() -> robot.lookup("#client-list").queryListView());
        assertEquals(1, (int) FxWait.read(() -> list.getItems().size()));

        // assessed by the real engine on the packaged content, as the results view would save them
        Client sam = store.search("sam runner", false).get(0);
        RealAssessments real = new RealAssessments();
        Answers october = real.answers("soon-marked-swelling-both-calves.json");
        Answers november = real.answers("self-care-mileage-jump-fifty-percent.json");
        assertEquals(CareLevel.SOON, real.engine().assess(october).careLevel());
        store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), october, real.engine().assess(october), "");
        store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), november, real.engine().assess(november), "");
        robot.interact(page::refresh);
        waitUntil(() -> robot.lookup("#history").queryTableView().getItems().size() == 2);
        TableView<HistoryRow> history = FxWait.read(() -> robot.lookup("#history").queryTableView());

        robot.clickOn(FxWait.read(() -> robot.lookup("#history .table-row-cell").nth(0)
                .queryAs(javafx.scene.Node.class)));
        waitUntil(() -> history.getSelectionModel().getSelectedItems().size() == 1);
        robot.press(KeyCode.CONTROL).clickOn(FxWait.read(() -> robot.lookup("#history .table-row-cell").nth(1)
                .queryAs(javafx.scene.Node.class))).release(KeyCode.CONTROL);
        waitUntil(() -> history.getSelectionModel().getSelectedItems().size() == 2);
        robot.clickOn("#compare");
        waitUntil(() -> robot.lookup("#compare-view").tryQuery().isPresent());
        List<String> texts = FxWait.read(() -> robot.lookup("#compare-grid .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(texts.contains("See someone soon") && texts.contains("Self-care") && texts.contains("Less urgent"),
                texts.toString());
        robot.clickOn("#compare-back");
        waitUntil(() -> robot.lookup("#history").tryQuery().isPresent());

        dialogs.answerConfirm(true);
        robot.clickOn("#delete-client");
        waitUntil(() -> list.getItems().isEmpty());
        waitUntil(() -> store.clients(true).isEmpty());
        assertEquals("Delete Sam Runner and 2 assessments permanently? This cannot be undone.",
                dialogs.shown("confirm").get(0).message());
        assertEquals(List.of(), store.clients(true));
    }

    @Test
    void searchFiltersTheListAsTheCoachTypes(FxRobot robot) throws Exception {
        store.addClient("Sam Runner", "");
        store.addClient("Bo Stride", "");
        robot.interact(page::refresh);
        waitUntil(() -> robot.lookup("#client-list").queryListView().getItems().size() == 2);
        ListView<?> list = FxWait.read(() -> robot.lookup("#client-list").queryListView());
        robot.clickOn("#client-search").type(KeyCode.B, KeyCode.O);
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals("Bo Stride", FxWait.read(() -> ((Client) list.getItems().get(0)).name()));
    }
}
