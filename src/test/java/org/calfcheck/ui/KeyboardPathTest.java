package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The paths a keyboard-only user takes through the main window: Tab reaches every page of the top navigation,
 * Start and Alt+N put the focus where the next answer is wanted, and the arrow keys stop at the ends of the unit
 * and navigation rows as they do on a question.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPathTest {

    private CoachStandIn coach;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        coach = new CoachStandIn();
        TestWindow.show(stage, UiFixtures.content(), new RecordingDialogService(), ResultActions.NONE,
                new ThemeViewModel(new TestWindow.InMemoryThemeStore()), coach);
    }

    @Test
    void tabReachesEveryPageOfTheTopNavigation(FxRobot robot) throws Exception {
        focus(robot, "#nav-check-my-calves");
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.TAB);
            FxWait.until(() -> true);
            visited.add(focusedId(robot));
        }
        assertEquals("nav-coach", visited.get(0), "Tab from the first page's button goes to the next: " + visited);
    }

    @Test
    void startingTheCheckPutsTheFocusOnTheFirstAnswerSoTabDoesNotGoToStartOver(FxRobot robot) throws Exception {
        // as a keyboard user gets there: from the top navigation, Tab to Start, then Space
        focus(robot, "#nav-check-my-calves");
        tabUntil(robot, "start");
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> robot.lookup("#wizard").tryQuery().isPresent());
        String first = FxWait.read(() -> firstControlId(robot));
        FxWait.until(() -> first.equals(focusedIdOnFx(robot)));
        assertEquals(first, focusedId(robot));
    }

    @Test
    void aQuestionAskedForTheFocusBeforeItIsInTheWindowGetsItWhenItArrives(FxRobot robot) throws Exception {
        // the race behind focus left on the navigation after Start: the page's scroll pane puts the questions into
        // the window only at its next layout, which may come after the page asked for the focus
        QuestionView question = new QuestionView(new QuestionViewModel(UiFixtures.content().questionnaire()
                .question("breathless_chest_pain").orElseThrow(), org.calfcheck.engine.DistanceUnit.KM));
        focus(robot, "#nav-check-my-calves");
        robot.interact(() -> {
            question.focusFirst();
            coach.holder.getChildren().setAll(question);
            ((AppShell) robot.listWindows().get(0).getScene().getRoot()).showPage("Coach");
        });
        FxWait.until(() -> "q-breathless_chest_pain-yes".equals(focusedIdOnFx(robot)));
        assertEquals("q-breathless_chest_pain-yes", focusedId(robot));
    }

    @Test
    void altNWithAnswersMissingMovesTheFocusToTheFirstProblem(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        FxWait.until(() -> robot.lookup("#wizard").tryQuery().isPresent());
        focus(robot, "#next");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        FxWait.until(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(Node::isVisible));
        String first = FxWait.read(() -> firstControlId(robot));
        FxWait.until(() -> first.equals(focusedIdOnFx(robot)));
        assertEquals(first, focusedId(robot), "the first question on the page is unanswered");
    }

    @Test
    void theArrowKeysStopAtTheEndsOfTheUnitRow(FxRobot robot) throws Exception {
        pressPastTheEnd(robot, "units-mi", KeyCode.RIGHT);
        pressPastTheEnd(robot, "units-km", KeyCode.LEFT);
    }

    /** Chooses the unit {@code id}, presses {@code key} towards the end it is at, and sees it still chosen. */
    private static void pressPastTheEnd(FxRobot robot, String id, KeyCode key) throws Exception {
        robot.clickOn("#" + id);
        FxWait.until(() -> robot.lookup("#" + id).query().isFocused());
        robot.type(key);
        FxWait.until(() -> true);
        assertEquals(id, focusedId(robot), key + " on " + id);
        assertTrue(FxWait.read(() -> robot.lookup("#" + id).queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()), key + " on " + id + " changed the unit");
    }

    @Test
    void theArrowKeysStopAtTheEndsOfTheTopNavigation(FxRobot robot) throws Exception {
        focus(robot, "#nav-coach");
        robot.type(KeyCode.RIGHT);
        FxWait.until(() -> true);
        assertNotEquals("nav-check-my-calves", focusedId(robot), "Right on the last page went round to the first");
        assertTrue(FxWait.read(() -> robot.lookup("#welcome").tryQuery().isPresent()), "the shown page is kept");
        focus(robot, "#nav-check-my-calves");
        robot.type(KeyCode.LEFT);
        FxWait.until(() -> true);
        assertNotEquals("nav-coach", focusedId(robot), "Left on the first page went round to the last");
        assertTrue(FxWait.read(() -> robot.lookup("#welcome").tryQuery().isPresent()), "the shown page is kept");
    }

    private static void focus(FxRobot robot, String query) throws Exception {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        FxWait.until(() -> robot.lookup(query).query().isFocused());
    }

    private static void tabUntil(FxRobot robot, String id) throws Exception {
        for (int i = 0; i < 20 && !id.equals(focusedId(robot)); i++) {
            robot.type(KeyCode.TAB);
            FxWait.until(() -> true);
        }
        assertEquals(id, focusedId(robot));
    }

    /** The first control of the first shown question of the page. */
    private static String firstControlId(FxRobot robot) {
        WizardView wizard = robot.lookup("#wizard").queryAs(WizardView.class);
        QuestionView first = wizard.questionViews().stream().filter(Node::isVisible).findFirst().orElseThrow();
        return first.firstControl().orElseThrow().getId();
    }

    private static String focusedId(FxRobot robot) {
        return FxWait.read(() -> focusedIdOnFx(robot));
    }

    private static String focusedIdOnFx(FxRobot robot) {
        Node owner = robot.listWindows().get(0).getScene().getFocusOwner();
        return owner == null ? "none" : String.valueOf(owner.getId());
    }

    /** A second page in the navigation, as the coach page is in the app. */
    private static final class CoachStandIn implements Page {
        private final javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(
                new Button("On the coach page"));

        @Override
        public String name() {
            return "Coach";
        }

        @Override
        public Node view() {
            return holder;
        }

        @Override
        public void reset() {
        }
    }
}
