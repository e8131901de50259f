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
    private final List<org.calfcheck.store.SavedAssessment> reopened =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        org.calfcheck.ui.Theme.LIGHT.apply();
        dir = Files.createTempDirectory("coach-view");
        store = ClientStore.inFolder(dir, Fixtures.clock());
        executor = Executors.newSingleThreadExecutor();
        page = new CoachPage(store, new TaskRunner(executor), dialogs, reopened::add, (saved, name) -> { });
        this.stage = stage;
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
        assertTrue(texts.contains(CareLevelText.of(CareLevel.SOON)) && texts.contains(CareLevelText.of(CareLevel.SELF_CARE))
                        && texts.contains("Less urgent"),
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

    /** Waits for a condition read on the FX thread; a read that throws counts as "not yet". */
    private static void waitUntilFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** The notes sit below the fold at 1280×800: focus the field (as Tab would) and type there. */
    private static void typeInto(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.write(text);
    }

    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private TableView<HistoryRow> samWithTwoChecks(FxRobot robot) throws Exception {
        Client sam = store.addClient("Sam Runner", "");
        store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7), Fixtures.selfCare(), "");
        store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(3), Fixtures.selfCare(), "");
        robot.interact(page::refresh);
        ListView<?> list = robot.lookup("#client-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> page.clientList().selectedProperty().set(sam));
        waitUntil(() -> robot.lookup("#history").tryQuery().isPresent());
        TableView<HistoryRow> history = robot.lookup("#history").queryTableView();
        waitUntil(() -> history.getItems().size() == 2);
        return history;
    }

    @Test
    void savingClientNotesKeepsTheSelectedAssessmentAndItsNoteBeingTyped(FxRobot robot) throws Exception {
        TableView<HistoryRow> history = samWithTwoChecks(robot);
        robot.clickOn(robot.lookup("#history .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        waitUntil(() -> history.getSelectionModel().getSelectedIndex() == 1);
        typeInto(robot, "#coach-notes", "half typed");
        typeInto(robot, "#client-notes", "new shoes");
        press(robot, "#save-client-notes");
        waitUntilFx(() -> "new shoes".equals(page.clientPage().clientProperty().get().notes()));
        assertEquals(1, (int) onFx(() -> history.getSelectionModel().getSelectedIndex()));
        assertEquals("half typed", onFx(() -> robot.lookup("#coach-notes")
                .queryAs(javafx.scene.control.TextArea.class).getText()));
    }

    @Test
    void aSavedAssessmentNoteShowsItsMarkerInTheHistory(FxRobot robot) throws Exception {
        TableView<HistoryRow> history = samWithTwoChecks(robot);
        robot.clickOn(robot.lookup("#history .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        typeInto(robot, "#coach-notes", "better after rest");
        press(robot, "#save-coach-notes");
        waitUntil(() -> robot.lookup("#history .note-marker").tryQuery().isPresent());
        assertEquals("✎", onFx(() -> robot.lookup("#history .note-marker")
                .queryAs(javafx.scene.control.TableCell.class).getText()));
        assertEquals(0, (int) onFx(() -> history.getSelectionModel().getSelectedIndex()));
    }

    @Test
    void aClientAddedByACommandShowsWhenTheAppLooksAgain(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#client-list").queryListView();
        // the page's first look at the database is done (one worker thread: everything queued before has run)
        executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try (ClientStore command = ClientStore.inFolder(dir, Fixtures.clock())) {
            command.addClient("Added by a command", "");
        }
        robot.interact(page::checkForOutsideChanges);
        waitUntilFx(() -> list.getItems().size() == 1);
        assertEquals("Added by a command", onFx(() -> ((Client) list.getItems().get(0)).name()));
    }

    @Test
    void theHistoryIsUsableByKeyboardTabReachesTheActionsAndAltOOpensTheResult(FxRobot robot) throws Exception {
        TableView<HistoryRow> history = samWithTwoChecks(robot);
        robot.clickOn(robot.lookup("#history .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntilFx(() -> history.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.TAB);
        waitUntilFx(() -> "open-result".equals(idOfFocusOwner()));
        robot.press(KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT);
        waitUntilFx(() -> reopened.size() == 1);
        assertEquals(history.getItems().get(0).assessmentId(), reopened.get(0).id());
    }

    private String idOfFocusOwner() {
        javafx.scene.Node owner = stage.getScene().getFocusOwner();
        return owner == null ? "" : String.valueOf(owner.getId());
    }

    @Test
    void nothingOnTheClientPageIsCutOffAt1024By700(FxRobot robot) throws Exception {
        samWithTwoChecks(robot);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = onFx(() -> robot.lookup((javafx.scene.Node node) -> node instanceof javafx.scene.control.Labeled)
                .queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(javafx.scene.Node::isVisible).filter(CoachViewTest::isCutOff)
                .map(labeled -> labeled.getText()).toList());
        assertEquals(List.of(), cut);
        List<String> headers = onFx(() -> robot.lookup("#history .column-header .label")
                .queryAllAs(Label.class).stream().filter(CoachViewTest::isCutOff).map(Label::getText).toList());
        assertEquals(List.of(), headers);
    }

    /** The text drawn differs from the text set: JavaFX replaced its end with "…". */
    private static boolean isCutOff(javafx.scene.control.Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.isWrapText()) {
            return false;
        }
        return labeled.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(node -> ((javafx.scene.text.Text) node).getText())
                .anyMatch(shown -> shown.endsWith("…") && !text.endsWith("…") || shown.endsWith("...")
                        && !text.endsWith("..."));
    }
}
