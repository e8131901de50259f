package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A keyboard user moving through a question's options with the arrow keys stops at the first and last option: an
 * arrow key never jumps round to the other end, where it could answer "Yes" to a red-flag question by accident.
 */
@ExtendWith(ApplicationExtension.class)
class ArrowKeysDoNotWrapTest {

    private QuestionViewModel breathless;
    private QuestionViewModel onset;
    private QuestionViewModel painNow;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        breathless = question("breathless_chest_pain");
        onset = question("onset");
        painNow = question("pain_now");
        Scene scene = new Scene(new VBox(12, new QuestionView(breathless), new QuestionView(onset),
                new QuestionView(painNow)), 1000, 700);
        scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private static QuestionViewModel question(String id) {
        return new QuestionViewModel(UiFixtures.content().questionnaire().question(id).orElseThrow(), DistanceUnit.KM);
    }

    @Test
    void rightOrDownOnNoDoesNotReachYesOnBreathlessness(FxRobot robot) throws Exception {
        choose(robot, "#q-breathless_chest_pain-no");
        for (KeyCode key : List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.RIGHT)) {
            robot.type(key);
            FxWait.until(() -> true);
            assertEquals("q-breathless_chest_pain-no", focusedId(robot), "focus after " + key);
            assertEquals(Optional.of(new Answer.Chosen("no")), FxWait.read(breathless::getAnswer), "answer after " + key);
        }
    }

    @Test
    void leftOrUpOnYesDoesNotReachTheLastOption(FxRobot robot) throws Exception {
        choose(robot, "#q-breathless_chest_pain-yes");
        for (KeyCode key : List.of(KeyCode.LEFT, KeyCode.UP)) {
            robot.type(key);
            FxWait.until(() -> true);
            assertEquals("q-breathless_chest_pain-yes", focusedId(robot), "focus after " + key);
            assertEquals(Optional.of(new Answer.Chosen("yes")), FxWait.read(breathless::getAnswer), "answer after " + key);
        }
    }

    @Test
    void theArrowsStillMoveBetweenOptionsInside(FxRobot robot) throws Exception {
        choose(robot, "#q-breathless_chest_pain-yes");
        robot.type(KeyCode.RIGHT);
        FxWait.until(() -> "q-breathless_chest_pain-no".equals(focusedIdOnFx(robot)));
    }

    @Test
    void downOnTheLastRadioButtonDoesNotWrapToTheFirst(FxRobot robot) throws Exception {
        choose(robot, "#q-onset-no_clear_cause");
        robot.type(KeyCode.DOWN);
        FxWait.until(() -> true);
        assertEquals("q-onset-no_clear_cause", focusedId(robot));
        assertEquals(Optional.of(new Answer.Chosen("no_clear_cause")), FxWait.read(onset::getAnswer));
        choose(robot, "#q-onset-gradual_after_runs");
        robot.type(KeyCode.UP);
        FxWait.until(() -> true);
        assertEquals("q-onset-gradual_after_runs", focusedId(robot));
        assertEquals(Optional.of(new Answer.Chosen("gradual_after_runs")), FxWait.read(onset::getAnswer));
    }

    @Test
    void rightOnTenOfThePainScaleDoesNotWrapToZero(FxRobot robot) throws Exception {
        choose(robot, "#q-pain_now-10");
        robot.type(KeyCode.RIGHT);
        FxWait.until(() -> true);
        assertEquals("q-pain_now-10", focusedId(robot));
        assertEquals(Optional.of(new Answer.Number(10)), FxWait.read(painNow::getAnswer));
    }

    private static void choose(FxRobot robot, String query) throws Exception {
        robot.clickOn(query);
        FxWait.until(() -> robot.lookup(query).query().isFocused());
    }

    private static String focusedId(FxRobot robot) {
        return FxWait.read(() -> focusedIdOnFx(robot));
    }

    private static String focusedIdOnFx(FxRobot robot) {
        Node owner = robot.listWindows().get(0).getScene().getFocusOwner();
        return owner == null ? "none" : owner.getId();
    }
}
