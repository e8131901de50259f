package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.calfcheck.engine.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results' footer buttons, by mouse and by their Alt keys, with the actions the app wires in. */
@ExtendWith(ApplicationExtension.class)
class ResultButtonsTest {

    private final List<CompletedCheck> sheets = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<CompletedCheck> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
    private CheckFlowViewModel flow;

    @Start
    void start(Stage stage) {
        flow = TestWindow.show(stage, UiFixtures.content(), new RecordingDialogService(),
                ResultActions.NONE.withRoutineSheet(sheets::add).withSaveToClient(saved::add),
                new ThemeViewModel(new TestWindow.InMemoryThemeStore()));
    }

    private void showResults(FxRobot robot) {
        Answers answers = UiFixtures.vignette("self-care-mileage-jump-fifty-percent");
        CompletedCheck check = new CompletedCheck(answers, UiFixtures.engine().assess(answers));
        robot.interact(() -> flow.showSaved(check));
    }

    /** Waits for robot input that Monocle may deliver after the robot call returns; then asserts. */
    private static void settle(java.util.concurrent.Callable<Boolean> done) {
        try {
            FxWait.until(done);
        } catch (TimeoutException e) {
            // the assertions that follow say what is missing
        }
    }

    @Test
    void clickingTheButtonsHandsOverThisCheck(FxRobot robot) throws Exception {
        showResults(robot);
        FxWait.until(() -> robot.lookup("#routine-sheet").tryQuery().isPresent());

        robot.clickOn("#routine-sheet");
        robot.clickOn("#save-to-client");

        settle(() -> sheets.size() == 1 && saved.size() == 1);
        assertEquals(1, sheets.size());
        assertEquals(1, saved.size());
        assertEquals(sheets.get(0).assessment(), saved.get(0).assessment());
    }

    @Test
    void altRAndAltCReachTheButtonsFromTheKeyboard(FxRobot robot) throws Exception {
        showResults(robot);
        FxWait.until(() -> robot.lookup("#routine-sheet").tryQuery().isPresent());

        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);

        settle(() -> sheets.size() == 1 && saved.size() == 1);
        assertEquals(1, sheets.size(), "Alt+R opens the routine sheet");
        assertEquals(1, saved.size(), "Alt+C saves to a client");
    }

    @Test
    void theButtonsReadWellToAScreenReader(FxRobot robot) {
        showResults(robot);

        assertEquals("Routine sheet…", FxWait.read(() -> robot.lookup("#routine-sheet").queryAs(Button.class)
                .getText().replace("_", "")));
        assertEquals("Show the routine sheet to print or save",
                FxWait.read(() -> robot.lookup("#routine-sheet").queryAs(Button.class).getAccessibleText()));
        assertEquals("Save this check to a coach's client",
                FxWait.read(() -> robot.lookup("#save-to-client").queryAs(Button.class).getAccessibleText()));
    }
}
