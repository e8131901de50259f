package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The body map and the plain list beside it, driven by mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class BodyMapTest {

    private QuestionViewModel painAreas;

    @Start
    void start(Stage stage) {
        // as in the app: our stylesheet's colours are the theme's looked-up colours
        Theme.LIGHT.apply();
        painAreas = new QuestionViewModel(UiFixtures.content().questionnaire().question("pain_areas").orElseThrow(),
                DistanceUnit.KM);
        QuestionView view = new QuestionView(painAreas);
        Scene scene = new Scene(new CenteredColumn(view), 1000, 700);
        scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void clickingAnAreaTicksItInTheListAndClickingAgainUnticksIt(FxRobot robot) {
        robot.clickOn("#area-left_upper_calf");

        assertEquals(Optional.of(new Answer.ChosenMany(java.util.List.of("left_upper_calf"))), painAreas.getAnswer());
        assertTrue(robot.lookup("#q-pain_areas-left_upper_calf").queryAs(CheckBox.class).isSelected());
        assertTrue(selected(robot.lookup("#area-left_upper_calf").query()));

        robot.clickOn("#area-left_upper_calf");

        assertEquals(Optional.empty(), painAreas.getAnswer());
        assertFalse(selected(robot.lookup("#area-left_upper_calf").query()));
    }

    @Test
    void tickingTheListHighlightsTheMap(FxRobot robot) {
        robot.clickOn("#q-pain_areas-right_achilles");

        assertTrue(selected(robot.lookup("#area-right_achilles").query()));
        assertEquals(Boolean.TRUE, robot.lookup("#area-right_achilles").query()
                .queryAccessibleAttribute(AccessibleAttribute.SELECTED));
    }

    @Test
    void arrowKeysMoveBetweenAreasAndSpaceOrEnterTicks(FxRobot robot) {
        robot.clickOn("#area-left_upper_calf");
        robot.type(KeyCode.RIGHT);

        Node lower = robot.lookup("#area-left_lower_calf").query();
        assertTrue(lower.isFocused());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        assertEquals(Set.of("left_upper_calf", "left_lower_calf", "left_inner"), painAreas.chosen());
    }

    @Test
    void focusNamesTheAreaUnderTheMap(FxRobot robot) throws TimeoutException {
        robot.clickOn("#area-right_outer");

        // under load Monocle can hand the click to the FX thread after clickOn returns; a lost click still fails
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> painAreas.chosen().contains("right_outer"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Right leg, outer side — ticked", robot.lookup("#body-map-status").queryLabeled().getText());
    }

    @Test
    void theMapStaysPutWhileItsStatusLineChanges(FxRobot robot) {
        Node area = robot.lookup("#area-right_outer").query();
        javafx.geometry.Bounds before = area.localToScreen(area.getBoundsInLocal());

        robot.moveTo(area);
        String hovered = robot.lookup("#body-map-status").queryLabeled().getText();
        javafx.geometry.Bounds after = area.localToScreen(area.getBoundsInLocal());

        assertEquals("Right leg, outer side — not ticked", hovered);
        assertEquals(before.getMinX(), after.getMinX(), 0.01, "the area moved under the mouse");
        assertEquals(before.getMinY(), after.getMinY(), 0.01, "the area moved under the mouse");
    }

    @Test
    void everyAreaIsAFocusableTickBoxWithAName(FxRobot robot) {
        var areas = robot.lookup(".body-area").queryAll();

        assertEquals(10, areas.size());
        for (Node area : areas) {
            assertTrue(area.isFocusTraversable());
            assertEquals(AccessibleRole.CHECK_BOX, area.getAccessibleRole());
            assertTrue(area.getAccessibleText().matches("(Left|Right) leg, .+"), area.getAccessibleText());
        }
    }

    @Test
    void theRunnersLeftLegIsDrawnOnTheLeft(FxRobot robot) {
        double left = robot.lookup("#area-left_upper_calf").query().localToScreen(0, 0).getX();
        Node rightArea = robot.lookup("#area-right_upper_calf").query();
        double right = rightArea.localToScreen(rightArea.getBoundsInLocal()).getMinX();

        assertTrue(left < right);
        double leftInner = center(robot.lookup("#area-left_inner").query());
        double leftOuter = center(robot.lookup("#area-left_outer").query());
        assertTrue(leftOuter < leftInner, "seen from behind, the left leg's outer side is on the far left");
    }

    private static double center(Node node) {
        var bounds = node.localToScreen(node.getBoundsInLocal());
        return (bounds.getMinX() + bounds.getMaxX()) / 2;
    }

    private static boolean selected(Node area) {
        return area.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"));
    }
}
