package org.calfcheck.ui;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.calfcheck.engine.Answers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A 900 × 700 window that shows the results page of a vignette's check; each test builds its own. */
final class ResultsWindow {

    private final Stage stage;

    /** Call from the test's {@code @Start} method, on the FX thread. */
    ResultsWindow(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** Shows the results of the vignette with no actions wired, and returns once the FX thread is idle. */
    ResultsView show(FxRobot robot, String vignette) {
        Answers answers = UiFixtures.vignette(vignette);
        ResultsViewModel model = new ResultsViewModel(
                new CompletedCheck(answers, UiFixtures.engine().assess(answers)), ResultActions.NONE);
        ResultsView[] view = new ResultsView[1];
        robot.interact(() -> {
            view[0] = new ResultsView(model);
            stage.getScene().setRoot(new StackPane(view[0]));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }
}
