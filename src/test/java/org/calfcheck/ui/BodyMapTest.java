package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
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
    void clickingAnAreaTicksItInTheListAndClickingAgainUnticksIt(FxRobot robot) throws Exception {
        robot.clickOn("#area-left_upper_calf");

        FxWait.until(() -> painAreas.getAnswer().isPresent());
        assertEquals(Optional.of(new Answer.ChosenMany(java.util.List.of("left_upper_calf"))),
                FxWait.read(painAreas::getAnswer));
        assertTrue(FxWait.read(() -> robot.lookup("#q-pain_areas-left_upper_calf").queryAs(CheckBox.class)
                .isSelected()));
        assertTrue(FxWait.read(() -> selected(robot.lookup("#area-left_upper_calf").query())));

        robot.clickOn("#area-left_upper_calf");

        FxWait.until(() -> painAreas.getAnswer().isEmpty());
        assertFalse(FxWait.read(() -> selected(robot.lookup("#area-left_upper_calf").query())));
    }

    @Test
    void tickingTheListHighlightsTheMap(FxRobot robot) throws Exception {
        robot.clickOn("#q-pain_areas-right_achilles");

        FxWait.until(() -> selected(robot.lookup("#area-right_achilles").query()));
        assertEquals(Boolean.TRUE, FxWait.read(() -> robot.lookup("#area-right_achilles").query()
                .queryAccessibleAttribute(AccessibleAttribute.SELECTED)));
    }

    @Test
    void arrowKeysMoveBetweenAreasAndSpaceOrEnterTicks(FxRobot robot) throws Exception {
        robot.clickOn("#area-left_upper_calf");
        FxWait.until(() -> painAreas.chosen().contains("left_upper_calf"));
        robot.type(KeyCode.RIGHT);

        FxWait.until(() -> robot.lookup("#area-left_lower_calf").query().isFocused());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> painAreas.chosen().size() == 3);
        assertEquals(Set.of("left_upper_calf", "left_lower_calf", "left_inner"), FxWait.read(painAreas::chosen));
    }

    @Test
    void focusNamesTheAreaUnderTheMap(FxRobot robot) throws TimeoutException {
        robot.clickOn("#area-right_outer");

        // under load Monocle can hand the click to the FX thread after clickOn returns; a lost click still fails
        FxWait.until(() -> painAreas.chosen().contains("right_outer"));
        assertEquals("Right leg, outer side — ticked",
                FxWait.read(() -> robot.lookup("#body-map-status").queryLabeled().getText()));
    }

    @Test
    void theMapStaysPutWhileItsStatusLineChanges(FxRobot robot) throws Exception {
        javafx.geometry.Bounds before = FxWait.read(() -> screenBounds(robot.lookup("#area-right_outer").query()));

        Node area = FxWait.read(() -> robot.lookup("#area-right_outer").query());
        robot.moveTo(area);
        FxWait.until(() -> "Right leg, outer side — not ticked".equals(
                robot.lookup("#body-map-status").queryLabeled().getText()));
        javafx.geometry.Bounds after = FxWait.read(() -> screenBounds(robot.lookup("#area-right_outer").query()));

        assertEquals(before.getMinX(), after.getMinX(), 0.01, "the area moved under the mouse");
        assertEquals(before.getMinY(), after.getMinY(), 0.01, "the area moved under the mouse");
    }

    @Test
    void tickingAnAreaDoesNotMoveTheQuestionsBelowTheMap(FxRobot robot) throws Exception {
        javafx.geometry.Bounds before = FxWait.read(() -> screenBounds(
                robot.lookup("#q-pain_areas-right_achilles").query()));

        robot.clickOn("#area-left_upper_calf");
        FxWait.until(() -> painAreas.chosen().contains("left_upper_calf"));
        javafx.geometry.Bounds after = FxWait.read(() -> screenBounds(
                robot.lookup("#q-pain_areas-right_achilles").query()));

        assertEquals(before.getMinY(), after.getMinY(), 0.01, "the list jumped when an area was ticked");
    }

    @Test
    void everyAreaIsAFocusableTickBoxWithAName(FxRobot robot) {
        java.util.List<Object[]> areas = FxWait.read(() -> robot.lookup(".body-area").queryAll().stream()
                .map(area -> new Object[] {area.isFocusTraversable(), area.getAccessibleRole(),
                        area.getAccessibleText()}).toList());

        assertEquals(10, areas.size());
        for (Object[] area : areas) {
            assertEquals(true, area[0]);
            assertEquals(AccessibleRole.CHECK_BOX, area[1]);
            assertTrue(String.valueOf(area[2]).matches("(Left|Right) leg, .+"), String.valueOf(area[2]));
        }
    }

    @Test
    void theRunnersLeftLegIsDrawnOnTheLeft(FxRobot robot) {
        double left = FxWait.read(() -> robot.lookup("#area-left_upper_calf").query().localToScreen(0, 0).getX());
        double right = FxWait.read(() -> screenBounds(robot.lookup("#area-right_upper_calf").query()).getMinX());

        assertTrue(left < right);
        double leftInner = FxWait.read(() -> center(robot.lookup("#area-left_inner").query()));
        double leftOuter = FxWait.read(() -> center(robot.lookup("#area-left_outer").query()));
        assertTrue(leftOuter < leftInner, "seen from behind, the left leg's outer side is on the far left");
    }

    private static javafx.geometry.Bounds screenBounds(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    private static double center(Node node) {
        var bounds = node.localToScreen(node.getBoundsInLocal());
        return (bounds.getMinX() + bounds.getMaxX()) / 2;
    }

    private static boolean selected(Node area) {
        return area.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"));
    }
}
