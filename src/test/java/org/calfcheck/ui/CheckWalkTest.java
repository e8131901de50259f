package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.calfcheck.content.Content;
import org.calfcheck.engine.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole questionnaire walked with the robot, on the real questionnaire and engine. */
@ExtendWith(ApplicationExtension.class)
class CheckWalkTest {

    private static final Content CONTENT = UiFixtures.content();

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private CheckFlowViewModel flow;

    @Start
    void start(Stage stage) {
        flow = TestWindow.show(stage, CONTENT, dialogs, ResultActions.NONE,
                new ThemeViewModel(new TestWindow.InMemoryThemeStore()));
    }

    @Test
    void aSelfCareWalkShowsTheGreenBannerCausesAndTheRoutine(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("self-care-mileage-jump-fifty-percent"));

        assertEquals("You can look after this yourself", text(robot, "#care-title"));
        assertTrue(robot.lookup("#care-banner").query().getStyleClass().contains("care-self"));
        assertTrue(robot.lookup("#act-now").tryQuery().isEmpty());
        assertTrue(robot.lookup("#cause-training_progression").tryQuery().isPresent());
        assertTrue(robot.lookup("#routine").tryQuery().isPresent());
        assertTrue(robot.lookup(".strength-word").queryAllAs(Label.class).stream()
                .allMatch(l -> List.of("Strong", "Moderate", "Possible").contains(l.getText())));
        assertTrue(robot.lookup("#routine-sheet").query().isDisabled());
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void theResultButtonsStayInTheFooterInViewAndLeaveWithTheResults(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("self-care-mileage-jump-fifty-percent"));
        Node footer = robot.lookup("#footer").query();

        for (String button : List.of("#routine-sheet", "#save-to-client")) {
            Node node = robot.lookup(button).query();
            assertTrue(isInside(node, footer), button + " is in the footer");
            assertTrue(inWindow(node), button + " is on screen with the results scrolled to the top");
        }
        assertFalse(robot.lookup("#back").query().isManaged(), "no Back on the results");
        assertFalse(robot.lookup("#next").query().isManaged(), "no Next on the results");

        dialogs.answerConfirm(true);
        robot.clickOn("#start-over");

        assertTrue(robot.lookup("#start").tryQuery().isPresent(), "back at the welcome");
        assertTrue(robot.lookup("#result-actions").tryQuery().isEmpty(), "the buttons leave with the results");
    }

    @Test
    void aPossibleClotPutsWhatToDoFirstAndWithholdsMassageAndStretching(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("urgent-clot-rest-pain-on-the-pill"));

        assertEquals("See a doctor today", text(robot, "#care-title"));
        VBox results = robot.lookup("#results").queryAs(VBox.class);
        assertEquals("act-now", results.getChildren().get(1).getId());
        assertTrue(robot.lookup("#flag-rf_possible_clot").tryQuery().isPresent());
        assertTrue(robot.lookup("#withheld-rc_massage").tryQuery().isPresent());
        assertTrue(robot.lookup("#withheld-rc_foam_roller").tryQuery().isPresent());
        for (String id : List.of("rc_massage", "rc_foam_roller", "st_wall_calf", "rc_compression")) {
            assertTrue(robot.lookup("#item-" + id).tryQuery().isEmpty(), id + " must not be in the routine");
        }
    }

    @Test
    void anEmergencySaysCallNowAndShowsNoRoutine(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("emergency-breathless-with-calf-pain"));

        assertEquals("Call emergency services now", text(robot, "#care-title"));
        assertTrue(robot.lookup("#care-banner").query().getStyleClass().contains("care-emergency"));
        VBox results = robot.lookup("#results").queryAs(VBox.class);
        assertEquals("act-now", results.getChildren().get(1).getId());
        assertTrue(robot.lookup("#flag-rf_clot_with_breathlessness").tryQuery().isPresent());
        assertTrue(robot.lookup("#routine").tryQuery().isEmpty());
        assertTrue(robot.lookup("#withheld").tryQuery().isPresent());
    }

    @Test
    void aYesToBreathlessnessOnTheFirstPageGoesStraightToTheEmergency(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        robot.clickOn("#start");
        String firstPage = walk.progress();

        walk.click("#q-breathless_chest_pain-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("See my results", robot.lookup("#next").queryButton().getText().replace("_", ""));
        assertEquals("See my results", robot.lookup("#next").queryButton().getAccessibleText());
        robot.clickOn("#next");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#care-title").tryQuery().isPresent());

        assertEquals("Call emergency services now", text(robot, "#care-title"));
        assertTrue(robot.lookup("#flag-rf_clot_with_breathlessness").tryQuery().isPresent());
        assertEquals(1, robot.lookup(".flag-card").queryAll().size(), "just the certain emergency");
        assertTrue(robot.lookup("#wizard").tryQuery().isEmpty(), "no further page");
        assertTrue(firstPage.startsWith("Section 1 "), firstPage);
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void openingASavedResultOverAnotherResultShowsTheNewOne(FxRobot robot) {
        Assessor engine = UiFixtures.engine();
        Answers selfCare = UiFixtures.vignette("self-care-mileage-jump-fifty-percent");
        Answers urgent = UiFixtures.vignette("urgent-clot-rest-pain-on-the-pill");

        robot.interact(() -> flow.showSaved(new CompletedCheck(selfCare, engine.assess(selfCare))));
        assertEquals("You can look after this yourself", text(robot, "#care-title"));
        robot.interact(() -> flow.showSaved(new CompletedCheck(urgent, engine.assess(urgent))));
        assertEquals("See a doctor today", text(robot, "#care-title"));
        robot.interact(() -> flow.showSaved(new CompletedCheck(selfCare, engine.assess(selfCare))));

        assertEquals("You can look after this yourself", text(robot, "#care-title"));
        assertEquals(1, robot.lookup("#results").queryAll().size());
    }

    @Test
    void nextWithoutAnswersShowsMessagesNextToTheFieldsNotADialog(FxRobot robot) {
        robot.clickOn("#start");
        String before = new WalkRobot(robot).progress();

        robot.clickOn("#next");

        Labeled error = robot.lookup("#q-breathless_chest_pain-error").queryLabeled();
        assertTrue(error.isVisible());
        assertEquals("Please answer this question.", error.getText());
        assertTrue(isInside(error, robot.lookup("#q-breathless_chest_pain").query()));
        assertEquals(before, new WalkRobot(robot).progress());
        assertEquals(List.of(), dialogs.shown());
        assertTrue(robot.lookup("#result-actions").tryQuery().isEmpty(), "no result buttons on a question page");
    }

    @Test
    void backKeepsTheAnswersOfBothPages(FxRobot robot) {
        WalkRobot walk = new WalkRobot(robot);
        robot.clickOn("#start");
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        robot.clickOn("#next");
        walk.click("#q-which_leg-left");

        robot.clickOn("#back");
        assertTrue(toggle(robot, "#q-felt_pop-no"));
        robot.clickOn("#next");

        assertTrue(toggle(robot, "#q-which_leg-left"));
    }

    @Test
    void aSkippedQuestionStaysHiddenUntilItsConditionHolds(FxRobot robot) {
        WalkRobot walk = new WalkRobot(robot);
        robot.clickOn("#start");
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        robot.clickOn("#next");

        assertFalse(robot.lookup("#q-recurrence").query().isVisible());
        walk.click("#q-had_before-no");
        assertFalse(robot.lookup("#q-recurrence").query().isVisible());
        walk.click("#q-had_before-yes");
        assertTrue(robot.lookup("#q-recurrence").query().isVisible());
    }

    @Test
    void escapeGoesBackAPage(FxRobot robot) {
        WalkRobot walk = new WalkRobot(robot);
        robot.clickOn("#start");
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        robot.clickOn("#next");
        String second = walk.progress();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertEquals("Section 1", walk.progress().substring(0, 9));
        assertFalse(second.equals(walk.progress()));
    }

    @Test
    void altKeysStartAndGoNext(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.ALT);
        assertTrue(robot.lookup("#wizard").tryQuery().isPresent(), "Alt+S starts the check");

        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.ALT);

        assertTrue(robot.lookup("#q-breathless_chest_pain-error").query().isVisible(), "Alt+N tried to go on");
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void escapeInANumberFieldDoesNotGoBack(FxRobot robot) {
        WalkRobot walk = new WalkRobot(robot);
        robot.clickOn("#start");
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        robot.clickOn("#next");
        String second = walk.progress();
        walk.click("#q-pain_days-field");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertEquals(second, walk.progress());
    }

    @Test
    void startOverAsksBeforeThrowingAnswersAway(FxRobot robot) {
        WalkRobot walk = new WalkRobot(robot);
        robot.clickOn("#start");
        walk.click("#q-felt_pop-no");

        robot.clickOn("#start-over");

        assertEquals(1, dialogs.shown("confirm").size());
        assertTrue(robot.lookup("#wizard").tryQuery().isPresent(), "cancelled: the questions stay");
    }

    private static boolean toggle(FxRobot robot, String query) {
        return ((javafx.scene.control.Toggle) robot.lookup(query).query()).isSelected();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static boolean inWindow(Node node) {
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        javafx.scene.Scene scene = node.getScene();
        return node.isVisible() && bounds.getMinY() >= 0 && bounds.getMaxY() <= scene.getHeight()
                && bounds.getMinX() >= 0 && bounds.getMaxX() <= scene.getWidth();
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
