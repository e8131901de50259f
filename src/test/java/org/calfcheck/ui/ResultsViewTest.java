package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.calfcheck.engine.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the results page holds at each end of the care scale. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
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

    private void show(FxRobot robot, String vignette) {
        Answers answers = UiFixtures.vignette(vignette);
        ResultsViewModel model = new ResultsViewModel(
                new CompletedCheck(answers, UiFixtures.engine().assess(answers)), ResultActions.NONE);
        robot.interact(() -> stage.getScene().setRoot(new StackPane(new ResultsView(model))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean present(FxRobot robot, String query) {
        boolean[] found = new boolean[1];
        robot.interact(() -> found[0] = robot.lookup(query).tryQuery().isPresent());
        return found[0];
    }
}
