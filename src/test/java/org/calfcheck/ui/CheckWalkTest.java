package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.calfcheck.content.Content;
import org.calfcheck.engine.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole questionnaire walked with the robot, on the real questionnaire and engine. */
@ExtendWith(ApplicationExtension.class)
class CheckWalkTest {

    // every read of the window happens on the FX thread (FxWait.read), every wait for a change through FxWait.until

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
        assertTrue(FxWait.read(() -> robot.lookup("#care-banner").query().getStyleClass().contains("care-self")));
        assertFalse(present(robot, "#act-now"));
        assertTrue(present(robot, "#cause-training_progression"));
        assertTrue(present(robot, "#routine"));
        assertTrue(FxWait.read(() -> robot.lookup(".strength-word").queryAllAs(Label.class).stream()
                .allMatch(l -> List.of("Strong", "Moderate", "Possible").contains(l.getText()))));
        assertTrue(FxWait.read(() -> robot.lookup("#routine-sheet").query().isDisabled()));
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void theResultButtonsStayInTheFooterInViewAndLeaveWithTheResults(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("self-care-mileage-jump-fifty-percent"));

        for (String button : List.of("#routine-sheet", "#save-to-client")) {
            assertTrue(FxWait.read(() -> isInside(robot.lookup(button).query(), robot.lookup("#footer").query())),
                    button + " is in the footer");
            assertTrue(FxWait.read(() -> inWindow(robot.lookup(button).query())),
                    button + " is on screen with the results scrolled to the top");
        }
        assertFalse(FxWait.read(() -> robot.lookup("#back").query().isManaged()), "no Back on the results");
        assertFalse(FxWait.read(() -> robot.lookup("#next").query().isManaged()), "no Next on the results");

        dialogs.answerConfirm(true);
        robot.clickOn("#start-over");

        FxWait.until(() -> robot.lookup("#start").tryQuery().isPresent());
        assertFalse(present(robot, "#result-actions"), "the buttons leave with the results");
    }

    @Test
    void aPossibleClotPutsWhatToDoFirstAndWithholdsMassageAndStretching(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("urgent-clot-rest-pain-on-the-pill"));

        assertEquals("See a doctor today", text(robot, "#care-title"));
        assertEquals("act-now", FxWait.read(() -> robot.lookup("#results").queryAs(VBox.class).getChildren().get(1)
                .getId()));
        assertTrue(present(robot, "#flag-rf_possible_clot"));
        assertTrue(present(robot, "#withheld-rc_massage"));
        assertTrue(present(robot, "#withheld-rc_foam_roller"));
        for (String id : List.of("rc_massage", "rc_foam_roller", "st_wall_calf", "rc_compression")) {
            assertFalse(present(robot, "#item-" + id), id + " must not be in the routine");
        }
    }

    @Test
    void anEmergencySaysCallNowAndShowsNoRoutine(FxRobot robot) throws Exception {
        new WalkRobot(robot).walk(UiFixtures.vignette("emergency-breathless-with-calf-pain"));

        assertEquals("Call emergency services now", text(robot, "#care-title"));
        assertTrue(FxWait.read(() -> robot.lookup("#care-banner").query().getStyleClass()
                .contains("care-emergency")));
        assertEquals("act-now", FxWait.read(() -> robot.lookup("#results").queryAs(VBox.class).getChildren().get(1)
                .getId()));
        assertTrue(present(robot, "#flag-rf_clot_with_breathlessness"));
        assertFalse(present(robot, "#routine"));
        assertTrue(present(robot, "#withheld"));
    }

    @Test
    void aYesToBreathlessnessOnTheFirstPageGoesStraightToTheEmergency(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        walk.start();
        String firstPage = walk.progress();

        walk.click("#q-breathless_chest_pain-yes");
        FxWait.until(() -> "See my results".equals(robot.lookup("#next").queryButton().getText().replace("_", "")));
        assertEquals("See my results", FxWait.read(() -> robot.lookup("#next").queryButton().getAccessibleText()));
        robot.clickOn("#next");
        FxWait.until(() -> robot.lookup("#care-title").tryQuery().isPresent());

        assertEquals("Call emergency services now", text(robot, "#care-title"));
        assertTrue(present(robot, "#flag-rf_clot_with_breathlessness"));
        assertEquals(1, (int) FxWait.read(() -> robot.lookup(".flag-card").queryAll().size()),
                "just the certain emergency");
        assertFalse(present(robot, "#wizard"), "no further page");
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
        assertEquals(1, (int) FxWait.read(() -> robot.lookup("#results").queryAll().size()));
    }

    @Test
    void nextWithoutAnswersShowsMessagesNextToTheFieldsNotADialog(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        FxWait.until(() -> robot.lookup("#next").tryQuery().isPresent());
        String before = new WalkRobot(robot).progress();

        robot.clickOn("#next");

        FxWait.until(() -> robot.lookup("#q-breathless_chest_pain-error").query().isVisible());
        assertEquals("Please answer this question.", text(robot, "#q-breathless_chest_pain-error"));
        assertTrue(FxWait.read(() -> isInside(robot.lookup("#q-breathless_chest_pain-error").query(),
                robot.lookup("#q-breathless_chest_pain").query())));
        assertEquals(before, new WalkRobot(robot).progress());
        assertEquals(List.of(), dialogs.shown());
        assertFalse(present(robot, "#result-actions"), "no result buttons on a question page");
    }

    @Test
    void backKeepsTheAnswersOfBothPages(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        walk.start();
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        walk.next();
        walk.click("#q-which_leg-left");
        FxWait.until(() -> toggle(robot, "#q-which_leg-left"));

        robot.clickOn("#back");
        FxWait.until(() -> toggle(robot, "#q-felt_pop-no"));
        robot.clickOn("#next");

        FxWait.until(() -> toggle(robot, "#q-which_leg-left"));
    }

    @Test
    void aSkippedQuestionStaysHiddenUntilItsConditionHolds(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        walk.start();
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        walk.next();

        assertFalse(FxWait.read(() -> robot.lookup("#q-recurrence").query().isVisible()));
        walk.click("#q-had_before-no");
        FxWait.until(() -> toggle(robot, "#q-had_before-no"));
        assertFalse(FxWait.read(() -> robot.lookup("#q-recurrence").query().isVisible()));
        walk.click("#q-had_before-yes");
        FxWait.until(() -> robot.lookup("#q-recurrence").query().isVisible());
    }

    @Test
    void escapeGoesBackAPage(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        walk.start();
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        walk.next();
        String second = walk.progress();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        FxWait.until(() -> robot.lookup("#progress").queryLabeled().getText().startsWith("Section 1"));
        assertFalse(second.equals(walk.progress()));
    }

    @Test
    void altKeysStartAndGoNext(FxRobot robot) throws Exception {
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.ALT);
        FxWait.until(() -> robot.lookup("#wizard").tryQuery().isPresent()); // Alt+S starts the check

        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.ALT);

        FxWait.until(() -> robot.lookup("#q-breathless_chest_pain-error").query().isVisible()); // Alt+N tried
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void escapeInANumberFieldDoesNotGoBack(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        walk.start();
        walk.answerPage(UiFixtures.vignette("self-care-all-safety-answers-no"));
        walk.next();
        String second = walk.progress();
        walk.click("#q-pain_days-field");
        FxWait.until(() -> robot.lookup("#q-pain_days-field").query().isFocused());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertEquals(second, walk.progress());
    }

    @Test
    void startOverAsksBeforeThrowingAnswersAway(FxRobot robot) throws Exception {
        WalkRobot walk = new WalkRobot(robot);
        walk.start();
        walk.click("#q-felt_pop-no");
        FxWait.until(() -> toggle(robot, "#q-felt_pop-no"));

        robot.clickOn("#start-over");

        FxWait.until(() -> dialogs.shown("confirm").size() == 1);
        assertTrue(present(robot, "#wizard"), "cancelled: the questions stay");
    }

    private static boolean present(FxRobot robot, String query) {
        return FxWait.read(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private static boolean toggle(FxRobot robot, String query) {
        return ((javafx.scene.control.Toggle) robot.lookup(query).query()).isSelected();
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.read(() -> robot.lookup(query).queryLabeled().getText());
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
