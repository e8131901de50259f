package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the results page holds at each end of the care scale. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {

    private ResultsWindow window;

    @Start
    void start(Stage stage) {
        window = new ResultsWindow(stage);
    }

    @Test
    void anEmergencyShowsNoLikelyCausesSectionUnderCallNow(FxRobot robot) {
        show(robot, "emergency-breathless-with-calf-pain");
        assertTrue(present(robot, "#care-banner"));
        // a causes heading, even one saying none stands out, invites reading on instead of calling
        assertFalse(present(robot, "#causes"));
    }

    @Test
    void aSelfCareCheckShowsItsLikelyCauses(FxRobot robot) {
        show(robot, "self-care-mileage-jump-fifty-percent");
        assertTrue(present(robot, "#causes"));
        assertTrue(present(robot, "#cause-training_progression"));
    }

    @Test
    void anUrgentClotSaysWhatToDoIfItGetsWorseBeforeBeingSeen(FxRobot robot) {
        show(robot, "urgent-clot-rest-pain-on-the-pill");
        String text = text(robot, "#get-help");
        assertTrue(text.contains("gets worse before you are seen") && text.contains("cough up blood"), text);
        assertFalse(text.contains("two weeks"), text);
    }

    @Test
    void aSelfCareCheckSaysWhenTheRoutineIsNotEnough(FxRobot robot) {
        show(robot, "self-care-mileage-jump-fifty-percent");
        assertTrue(text(robot, "#get-help").contains("no better after two weeks of this routine"));
    }

    /** Every label's text under the node, read on the FX thread; empty when the node is not there. */
    private static String text(FxRobot robot, String query) {
        StringBuilder text = new StringBuilder();
        robot.interact(() -> robot.lookup(query).tryQuery().ifPresent(node -> robot.from(node).lookup(".label")
                .queryAllAs(Labeled.class).forEach(l -> text.append(l.getText()).append('\n'))));
        return text.toString();
    }

    private void show(FxRobot robot, String vignette) {
        window.show(robot, vignette);
    }

    private static boolean present(FxRobot robot, String query) {
        boolean[] found = new boolean[1];
        robot.interact(() -> found[0] = robot.lookup(query).tryQuery().isPresent());
        return found[0];
    }
}
