package org.calfcheck.ui.coach;

import org.calfcheck.ui.TaskRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
import org.calfcheck.ui.RecordingDialogService;
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
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAddButtonKeepsItsWholeLabelWhenTheClientListIsAtItsNarrowest(FxRobot robot) throws Exception {
        // as narrow as a coach can drag the divider
        robot.interact(() -> robot.lookup("#coach-view").queryAs(javafx.scene.control.SplitPane.class)
                .setDividerPositions(0.0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button add = robot.lookup("#add-client").queryButton();
        assertTrue(add.getWidth() >= add.prefWidth(-1) - 0.5,
                "the button is " + add.getWidth() + " px wide but needs " + add.prefWidth(-1));
    }

    @Test
    void aCoachAddsAssessesComparesAndDeletesAClient(FxRobot robot) throws Exception {
        robot.clickOn("#new-client-name").write("Sam Runner").type(KeyCode.ENTER);
        waitUntil(() -> "Sam Runner".equals(robot.lookup("#client-heading").queryAs(Label.class).getText()));
        ListView<?> list = robot.lookup("#client-list").queryListView();
        assertEquals(1, list.getItems().size());

        // assessed by the real engine on the packaged content, as the results view would save them
        Client sam = store.search("sam runner", false).get(0);
        RealAssessments real = new RealAssessments();
        Answers october = real.answers("soon-marked-swelling-both-calves.json");
        Answers november = real.answers("self-care-mileage-jump-fifty-percent.json");
        assertEquals(CareLevel.SOON, real.engine().assess(october).careLevel());
        store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), october, real.engine().assess(october), "");
        store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), november, real.engine().assess(november), "");
        robot.interact(page::refresh);
        TableView<HistoryRow> history = robot.lookup("#history").queryTableView();
        waitUntil(() -> history.getItems().size() == 2);

        robot.clickOn(robot.lookup("#history .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL).clickOn(robot.lookup("#history .table-row-cell").nth(1)
                .queryAs(javafx.scene.Node.class)).release(KeyCode.CONTROL);
        waitUntil(() -> history.getSelectionModel().getSelectedItems().size() == 2);
        robot.clickOn("#compare");
        waitUntil(() -> robot.lookup("#compare-view").tryQuery().isPresent());
        List<String> texts = robot.lookup("#compare-grid .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("See someone soon") && texts.contains("Self-care") && texts.contains("Less urgent"),
                texts.toString());
        robot.clickOn("#compare-back");
        waitUntil(() -> robot.lookup("#history").tryQuery().isPresent());

        dialogs.answerConfirm(true);
        robot.clickOn("#delete-client");
        waitUntil(() -> list.getItems().isEmpty());
        assertEquals("Delete Sam Runner and 2 assessments permanently? This cannot be undone.",
                dialogs.shown("confirm").get(0).message());
        assertEquals(List.of(), store.clients(true));
    }

    @Test
    void searchFiltersTheListAsTheCoachTypes(FxRobot robot) throws Exception {
        store.addClient("Sam Runner", "");
        store.addClient("Bo Stride", "");
        robot.interact(page::refresh);
        ListView<?> list = robot.lookup("#client-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.clickOn("#client-search").type(KeyCode.B, KeyCode.O);
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals("Bo Stride", ((Client) list.getItems().get(0)).name());
    }
}
